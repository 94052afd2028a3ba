/**
 * The organisation config file (BATON_CONFIG): what a platform team may set to make Baton theirs.
 *
 * Rules:
 * - Nothing here changes the score, the verdict, the confidence, the gates, the hybrid patterns or
 *   the flips: a share code means the same in every deployment. The config only re-orders and
 *   filters the tool suggestions, adds links beside the public articles, pre-fills context answers
 *   (which are never scored), and shapes the ADR export and the site chrome.
 * - Every object is strict: an unknown field is an error that names it, so a typo never silently
 *   does nothing.
 * - Every id (gates, notes, hybrid patterns, implementation forms, questions and their options)
 *   comes from the scoring library's catalogue, so a model that adds one makes it valid here
 *   without an edit.
 */
import { z } from "zod";
import {
  GATE_IDS,
  HYBRID_PATTERN_IDS,
  IMPLEMENTATION_IDS,
  NOTE_IDS,
  QUESTION_CATALOGUE,
  type ContextQuestionId,
  type ImplementationId,
} from "../scoring";

z.config({ jitless: true });

const nonEmpty = <T extends string>(values: readonly T[]) => values as unknown as [T, ...T[]];

/** An implementation form a paved-road tool may serve. */
export type ImplementationForm = ImplementationId;

/** A catalogue question's option ids, as a zod enum's values. */
function optionsOf(id: ContextQuestionId): [string, ...string[]] {
  return nonEmpty(QUESTION_CATALOGUE.find((q) => q.id === id)!.options);
}

const HttpUrl = z
  .url({ protocol: /^https?$/, error: "must be an http(s) URL" })
  .describe("An http or https URL.");

const Text = (max: number) =>
  z.string().trim().min(1, "must not be empty").max(max, `must be at most ${max} characters`);

const ToolKind = z.enum(["engine", "broker", "practice"]);
const ImplementationFormSchema = z.enum(IMPLEMENTATION_IDS);

export const PavedRoadToolSchema = z
  .strictObject({
    name: Text(80).describe("The tool's name as your teams know it."),
    kind: ToolKind.describe("Which list it joins: engine, broker or practice."),
    url: HttpUrl.describe("Where a team starts: an internal page, a self-service form."),
    why: Text(300).describe("One or two sentences shown beside the name."),
    serves: z
      .array(ImplementationFormSchema)
      .optional()
      .describe(
        "The implementation forms it serves (model 2). When the result names forms, the tool is listed only if it serves one of them.",
      ),
    replaces: z
      .array(Text(80))
      .optional()
      .describe(
        "Public catalogue tools it stands in for, matched case-insensitively as a part of the name: they are dropped when this tool is listed.",
      ),
  })
  .describe("A tool your organisation runs and supports.");

export const ExclusionSchema = z
  .strictObject({
    name: Text(80).describe(
      "A public catalogue tool never to suggest, matched case-insensitively as a part of its name.",
    ),
    reason: Text(500).describe("Why it is ruled out. Stays in this file: users never see it."),
  })
  .describe("A public tool your organisation has ruled out.");

const GuidanceLinkSchema = z
  .strictObject({
    title: Text(120).describe("The link text."),
    url: HttpUrl,
  })
  .describe("An internal page shown beside Baton's public articles.");

const Links = z.array(GuidanceLinkSchema).min(1, "must list at least one link");

export const GuidanceSchema = z
  .strictObject({
    gates: z
      .partialRecord(z.enum(GATE_IDS), Links)
      .optional()
      .describe("Links per gate id, shown when the gate fires."),
    notes: z
      .partialRecord(z.enum(NOTE_IDS), Links)
      .optional()
      .describe("Links per note id (model 2), shown when the note is given."),
    hybrid: z
      .partialRecord(z.enum(HYBRID_PATTERN_IDS), Links)
      .optional()
      .describe("Links per hybrid pattern id, shown when the pattern is advised."),
    implementation: z
      .partialRecord(ImplementationFormSchema, Links)
      .optional()
      .describe("Links per implementation form (model 2), shown when the form is named."),
    questions: z
      .partialRecord(z.enum(nonEmpty(QUESTION_CATALOGUE.map((q) => q.id))), Links)
      .optional()
      .describe("Links per question id, shown with the articles for the answers that mattered."),
  })
  .describe("Internal links, shown beside the public articles they belong with.");

export const DefaultsSchema = z
  .strictObject({
    platform: z.enum(optionsOf("platform")).optional(),
    messaging: z.enum(optionsOf("messaging")).optional(),
    volume: z
      .enum(optionsOf("volume"))
      .optional()
      .describe("Applied only by a model that asks the volume question."),
  })
  .describe("Context answers the questionnaire starts with. Users can change them.");

/** The context questions a config may pre-fill: the fields of `defaults`. */
export const DEFAULTABLE_QUESTIONS = Object.keys(DefaultsSchema.shape) as DefaultableQuestion[];
export type DefaultableQuestion = keyof typeof DefaultsSchema.shape;

export const AdrSettingsSchema = z
  .strictObject({
    decisionMakers: Text(200)
      .optional()
      .describe(
        "Put in the record's decision-makers field when the person exporting names nobody, e.g. your architecture board.",
      ),
    statuses: z
      .array(
        z
          .string()
          .regex(
            /^[a-z][a-z -]{0,29}$/,
            "must be lower-case words (a-z, space, hyphen), 1-30 long",
          ),
      )
      .min(1, "must list at least one status")
      .optional()
      .describe("Your status vocabulary; a new record gets the first."),
    records: z
      .strictObject({
        repository: Text(200).describe("Where records live, e.g. a repository URL or name."),
        path: Text(200).describe("The folder inside it."),
      })
      .optional()
      .describe("Where decision records live: shown as a hint in the record."),
    numberWidth: z
      .number()
      .int("must be a whole number")
      .min(1, "must be at least 1")
      .max(8, "must be at most 8")
      .optional()
      .describe("Digits in a record's number, e.g. 4 for 0007-orchestrate-checkout.md."),
    nextNumber: z
      .number()
      .int("must be a whole number")
      .min(1, "must be at least 1")
      .max(99999999, "must be at most 99999999")
      .optional()
      .describe(
        "The number an exported record gets when the person exporting gives none: your log's next free number. Without it (and without one on the page), the file has no number.",
      ),
  })
  .describe("How the exported Architecture Decision Record fits your decision log.");

export const OrganisationConfigSchema = z
  .strictObject({
    $schema: z.string().optional().describe("The JSON Schema, for editors."),
    organisation: z
      .strictObject({
        name: Text(60).describe("Shown in the site header beside Baton."),
        logo: Text(500)
          .optional()
          .describe(
            "A local .svg, .png or .webp file (at most 256 KiB), relative to this file. Never fetched from the network.",
          ),
      })
      .describe("Who runs this Baton."),
    pavedRoad: z.array(PavedRoadToolSchema).max(40, "must list at most 40 tools").optional(),
    exclude: z.array(ExclusionSchema).max(100, "must list at most 100 tools").optional(),
    guidance: GuidanceSchema.optional(),
    defaults: DefaultsSchema.optional(),
    adr: AdrSettingsSchema.optional(),
    footer: z
      .strictObject({
        text: Text(300).describe("E.g. where to ask for help."),
        url: HttpUrl.optional().describe("An optional link for the note, e.g. a chat channel."),
      })
      .optional()
      .describe("A note in the site footer."),
  })
  .describe("Baton organisation config (BATON_CONFIG). Changes no score or verdict.");

export type OrganisationConfig = z.output<typeof OrganisationConfigSchema>;
export type PavedRoadTool = z.output<typeof PavedRoadToolSchema>;
export type GuidanceLink = z.output<typeof GuidanceLinkSchema>;
