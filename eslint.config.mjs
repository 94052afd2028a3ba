import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

/** Components and exporters read the organisation config only as the props and results they get. */
const ORGANISATION_DOOR = [
  {
    group: [
      "@/lib/organisation/server",
      "**/organisation/server",
      "@/lib/organisation/result",
      "**/organisation/result",
    ],
    // Types (what the chrome shows) are fine; values (the config itself, the overlay) are not.
    allowTypeImports: true,
    message:
      "The organisation config reaches a result through lib/result/load.ts, and the chrome and the questionnaire as props from app/.",
  },
];

/** lib/ and route handlers import nothing from components/ or app/. */
const LAYERS = {
  group: ["@/components/*", "**/components/*", "@/app/*", "**/app/*"],
  message: "lib/ and route handlers import nothing from components/ or app/.",
};

/** Components and the ADR render the resolved result they are handed (issue 21). */
const RESOLVED_ONLY = {
  group: ["@/lib/result/*", "**/lib/result/*", "../result/*", "../../lib/result/*"],
  importNames: ["wordsFor", "resultForAnswers", "resultForCode", "resultForRoute"],
  message:
    "Render the resolved result you are handed; lib/result/load.ts builds it once per request.",
};

/** Surfaces take words from the resolved result, never from a model (issue 21). */
const SURFACE_WORDS = [
  {
    group: [
      "@/lib/scoring",
      "**/lib/scoring",
      "../scoring",
      "../../scoring",
      "@/lib/scoring/index",
    ],
    importNames: [
      "modelFor",
      "MODELS",
      "MODEL_V1",
      "MODEL_V2",
      "MODEL_V3",
      "CURRENT_MODEL",
      "CURRENT_QUESTION_SET",
      "QUESTIONS",
      "questionIn",
      // Scoring calls default to the current model: a surface renders the result it
      // was handed instead of scoring again.
      "recommend",
      "flipsOf",
      "flipRule",
      "contributionsOf",
      "bandOf",
    ],
    message:
      "Take words from the resolved result (lib/result/load.ts) and lib/result/wording.ts, never from a model directly.",
  },
  {
    group: [
      "@/lib/scoring/*",
      "**/lib/scoring/*",
      "../scoring/*",
      "../../scoring/*",
      "!@/lib/scoring/questions",
      "!../scoring/questions",
    ],
    message:
      "Take words from the resolved result (lib/result/load.ts), not from a model's modules.",
  },
];

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  globalIgnores([
    ".next/**",
    "node_modules/**",
    "next-env.d.ts",
    "bench/.tmp/**",
    "test-results/**",
    "playwright-report/**",
  ]),
  {
    files: ["lib/scoring/**", "lib/share/**"],
    ignores: ["**/*.test.ts", "**/*.test-prop.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["react", "react-dom", "next", "next/*", "node:*", "fs", "path"],
              message: "lib/scoring and lib/share are pure: no React, Next or I/O.",
            },
            {
              group: ["@/components/*", "**/components/*", "@/app/*", "**/app/*"],
              message: "lib/ imports nothing from components/ or app/.",
            },
          ],
        },
      ],
    },
  },
  {
    // components/ holds React components, their hooks and client stores. Loaders, HTTP helpers,
    // URL builders and formatters live in lib/, which never reaches up into components/ or app/,
    // and route handlers (which send no React) import nothing from components/.
    files: ["lib/**", "app/**/route.ts", "app/**/route.tsx", "proxy.ts"],
    // lib/scoring and lib/share carry the same patterns in their own, stricter block above.
    ignores: [
      "**/*.test.ts",
      "**/*.test-prop.ts",
      "**/*.test.tsx",
      "lib/scoring/**",
      "lib/share/**",
    ],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [LAYERS],
        },
      ],
    },
  },
  {
    // Surfaces render the resolved result that lib/result hands them (its Result JSON, its own
    // model's words, the organisation overlay): they never look a word up in a model by
    // themselves, so an old code keeps its words everywhere. The articles (which describe the
    // current model) and the questionnaire (which asks its questions) are not results.
    files: [
      "components/**",
      "lib/adr/**",
      "app/(site)/r/**",
      "app/(site)/m/**",
      "app/(embed)/embed/r/**",
      "app/(embed)/embed/m/**",
      "app/api/oembed/**",
      "app/api/v1/**",
      "app/(site)/team/**",
      "lib/embed/**",
      "lib/api/**",
    ],
    ignores: [
      "**/*.test.ts",
      "**/*.test-prop.ts",
      "**/*.test.tsx",
      "components/article/**",
      "components/questionnaire/**",
    ],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [...SURFACE_WORDS, ...ORGANISATION_DOOR],
        },
      ],
      "no-restricted-syntax": [
        "error",
        {
          selector: "ImportExpression[source.value=/lib\\/scoring|\\.\\.\\/scoring/]",
          message:
            "Take words from the resolved result (lib/result/load.ts), not from a model loaded at run time.",
        },
      ],
    },
  },
  {
    // Components and the ADR render the resolved result they are handed: they never build a
    // result or pick a model's words themselves (lib/result/load.ts and its callers in app/ do).
    files: ["components/**", "lib/adr/**"],
    ignores: ["**/*.test.ts", "**/*.test-prop.ts", "**/*.test.tsx"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [RESOLVED_ONLY, ...SURFACE_WORDS, ...ORGANISATION_DOOR],
        },
      ],
    },
  },
  {
    // The organisation config reaches pages through one door: a result through lib/result/load.ts,
    // the site chrome and the questionnaire's defaults as props from app/ (lib/organisation/server).
    files: ["components/article/**", "components/questionnaire/**"],
    ignores: ["**/*.test.ts", "**/*.test-prop.ts", "**/*.test.tsx"],
    rules: { "no-restricted-imports": ["error", { patterns: ORGANISATION_DOOR }] },
  },
  {
    // Flat config keeps only the last block's no-restricted-imports for a file: the surfaces in
    // lib/ and the route handlers among them keep the layer rule (nothing from components/ or
    // app/) as well as the words fence.
    files: ["lib/adr/**"],
    ignores: ["**/*.test.ts", "**/*.test-prop.ts", "**/*.test.tsx"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [RESOLVED_ONLY, ...SURFACE_WORDS, ...ORGANISATION_DOOR, LAYERS] },
      ],
    },
  },
  {
    files: [
      "lib/embed/**",
      "lib/api/**",
      "app/(site)/r/**/route.ts",
      "app/(site)/r/**/route.tsx",
      "app/(site)/m/**/route.ts",
      "app/(site)/m/**/route.tsx",
      "app/(embed)/embed/r/**/route.ts",
      "app/(embed)/embed/m/**/route.ts",
      "app/api/oembed/**",
      "app/api/v1/**",
    ],
    ignores: ["**/*.test.ts", "**/*.test-prop.ts", "**/*.test.tsx"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [...SURFACE_WORDS, ...ORGANISATION_DOOR, LAYERS] },
      ],
    },
  },
]);
