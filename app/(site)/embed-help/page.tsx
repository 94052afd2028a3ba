import type { Metadata } from "next";
import Link from "next/link";
import { CopyButton } from "@/components/ui/copy-button";
import { cleanFlow } from "@/lib/answers";
import { embedOrigins } from "@/lib/config/env";
import { siteOrigin } from "@/lib/config/origin";
import { embedUrl, iframeSnippet } from "@/lib/embed";
import { decode } from "@/lib/share";
import styles from "./embed-help.module.css";

export const metadata: Metadata = {
  title: "Embed Baton in your wiki",
  description:
    "Put the Baton questionnaire or a result on a Confluence, Notion, MediaWiki or Backstage page.",
};

type Search = Promise<Record<string, string | string[] | undefined>>;

export default async function EmbedHelpPage({ searchParams }: { searchParams: Search }) {
  const params = await searchParams;
  const rawCode = typeof params.code === "string" ? params.code.trim() : "";
  const decoded = rawCode ? decode(rawCode) : undefined;
  const code = decoded?.ok ? rawCode : undefined;
  const flow = cleanFlow(params.flow);
  const origin = await siteOrigin();
  const target = { code, flow };
  const url = embedUrl(origin, target);
  const withScript = iframeSnippet(origin, target, { withScript: true });
  const plain = iframeSnippet(origin, target);
  const what = code ? "this result" : "the questionnaire";

  return (
    <article className="prose">
      <h1>Embed Baton in your wiki</h1>
      <p>
        Baton has chrome-less views for iframes: <code>/embed</code> for the questionnaire and{" "}
        <code>/embed/r/&lt;code&gt;</code> for a result, which links out to the full page. They
        store nothing and set no cookies.
      </p>

      <form method="get" action="/embed-help" className={styles.picker}>
        <label htmlFor="embed-code">
          Share code of a result (leave empty for the questionnaire)
        </label>
        <div className={styles.row}>
          <input
            id="embed-code"
            name="code"
            defaultValue={rawCode}
            maxLength={16}
            autoComplete="off"
            spellCheck={false}
          />
          {flow ? <input type="hidden" name="flow" value={flow} /> : null}
          <button type="submit" className="button">
            Make the snippet
          </button>
        </div>
        {decoded && !decoded.ok ? (
          <p role="alert" className={styles.error}>
            That code can&apos;t be used: {decoded.message} Showing the questionnaire snippet
            instead.
          </p>
        ) : null}
      </form>

      <h2 id="snippet">The snippet for {what}</h2>
      <p>
        With the host script, the iframe grows to fit its content. Where a wiki strips scripts, use
        the plain iframe: it keeps a fixed height and scrolls inside.
      </p>
      <h3 id="with-script">Iframe with auto-height script</h3>
      <pre className={styles.snippet} tabIndex={0} aria-label="Iframe with auto-height script">
        <code>{withScript}</code>
      </pre>
      <CopyButton text={withScript} label="Copy snippet with script" />
      <h3 id="plain">Plain iframe</h3>
      <pre className={styles.snippet} tabIndex={0} aria-label="Plain iframe">
        <code>{plain}</code>
      </pre>
      <CopyButton text={plain} label="Copy plain iframe" />
      <h3 id="url">Embed URL only</h3>
      <p>
        For tools that ask for a URL (Notion, Backstage cards): <code>{url}</code>{" "}
        <CopyButton text={url} label="Copy URL" />
      </p>

      <h2 id="allow-list">Before you start: the allow-list</h2>
      <p>
        Browsers only show a Baton embed on sites its operator allows. This deployment allows:{" "}
        {embedOrigins.map((o, i) => (
          <span key={o}>
            {i > 0 ? ", " : ""}
            <code>{o}</code>
          </span>
        ))}
        . To add your wiki, the operator sets <code>BATON_EMBED_ORIGINS</code> to a space-separated
        list of origins (for example <code>https://wiki.example.com</code>) and restarts the server;
        no rebuild is needed. Everywhere else Baton refuses to be framed.
      </p>
      <p id="nested-frames">
        <strong>A macro that draws Baton inside its own iframe.</strong> Many wiki macros and apps
        (Confluence Cloud Marketplace apps, Notion&apos;s embed block, some Backstage cards)
        don&apos;t put Baton&apos;s iframe on the wiki page itself but inside an iframe of their
        own, served from the app&apos;s domain. The browser checks <code>frame-ancestors</code>{" "}
        against every frame above Baton, not only the page in the address bar, so that iframe&apos;s
        origin must be on the allow-list as well as the wiki&apos;s. To find it, open the
        browser&apos;s developer tools on the wiki page and look at the <code>src</code> of the
        iframe that holds Baton&apos;s.
      </p>
      <p>
        With the host script, a refused frame is replaced at once by a short message: readers get a
        link that opens the result on Baton, and the page&apos;s editors read which origin is
        missing from the allow-list, with a link back here. (The script asks Baton&apos;s{" "}
        <code>/api/embed-origin</code>; when the wiki&apos;s own CSP forbids that, it waits two
        seconds for the frame instead.) The script also works when the wiki sandboxes its iframes
        without <code>allow-same-origin</code>.
      </p>

      <h2 id="confluence">Confluence</h2>
      <ul>
        <li>
          <strong>Data Center / Server:</strong> an administrator enables an HTML-capable macro (a
          user macro that outputs the iframe, or a Marketplace HTML macro). Paste the snippet with
          the script into it. Marketplace HTML macros keep their own URL allow-list: add{" "}
          <code>{origin}</code> there.
        </li>
        <li>
          <strong>Cloud:</strong> Confluence Cloud has no generic HTML macro of its own. Use an
          iframe or HTML macro app from the Marketplace (most have a domain allow-list your site
          admin maintains), and paste the embed URL or the plain iframe. Cloud pages don&apos;t run
          the host script, so set the height in the macro.
        </li>
      </ul>

      <h2 id="notion">Notion</h2>
      <p>
        Type <kbd>/embed</kbd>, choose <em>Embed</em>, and paste the embed URL. Notion shows it in
        an iframe whose height you drag to fit; it runs no host script. Notion&apos;s origin (
        <code>https://www.notion.so</code>) must be on the allow-list. If Notion shows a bookmark
        card instead of the page, it could not load the URL: a Baton behind a VPN is reachable by
        your browser but not by Notion&apos;s servers, so link to the result instead.
      </p>

      <h2 id="mediawiki">MediaWiki</h2>
      <ul>
        <li>
          <strong>Extension:IframeTag</strong> adds an <code>&lt;iframe&gt;</code> tag whose allowed
          hosts an administrator lists on a page in the MediaWiki namespace. Add{" "}
          <code>{new URL(origin).host}</code> there, then use the plain iframe with <code>src</code>
          , <code>width</code> and <code>height</code>.
        </li>
        <li>
          <strong>Extension:Widgets</strong> lets a trusted editor create a page such as{" "}
          <code>Widget:Baton</code> holding the snippet with the script (auto-height); pages then
          include it with <code>{"{{#widget:Baton}}"}</code>.
        </li>
      </ul>

      <h2 id="backstage">Backstage</h2>
      <p>
        Add the Roadie iframe plugin (<code>@roadiehq/backstage-plugin-iframe</code>) and place an{" "}
        <code>EntityIFrameCard</code> or <code>HomePageIFrameCard</code> with <code>src</code> set
        to the embed URL. Backstage sends its own CSP: add <code>{origin}</code> to{" "}
        <code>frame-src</code> under <code>backend.csp</code> in <code>app-config.yaml</code> (and
        to the plugin&apos;s <code>iframe.allowList</code> if you use one).
      </p>

      <h2 id="oembed">oEmbed</h2>
      <p>
        Result pages announce an oEmbed endpoint (<code>/api/oembed?url=…</code>, type{" "}
        <code>rich</code>), so tools that speak oEmbed can turn a pasted result link into the embed.
      </p>
      <p>
        <Link href="/advisor">Start the questionnaire</Link> to get a result to embed.
      </p>
    </article>
  );
}
