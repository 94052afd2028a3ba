import { DIMENSIONS } from "../scoring/questions";

/** The index groups articles by these, in this order. Four of them are the questionnaire's steps. */
export const ARTICLE_DIMENSIONS = [
  "foundations",
  "topology",
  "coordination",
  "operations",
  "organisation",
  "decision",
] as const;

export type ArticleDimension = (typeof ARTICLE_DIMENSIONS)[number];

export interface ArticleGroup {
  id: ArticleDimension;
  title: string;
  description: string;
}

function fromModel(id: "topology" | "coordination" | "operations" | "organisation"): ArticleGroup {
  const dimension = DIMENSIONS.find((d) => d.id === id)!;
  return { id, title: dimension.title, description: dimension.summary };
}

/** Group titles and descriptions; the questionnaire's dimensions keep the model's own words. */
export const ARTICLE_GROUPS: readonly ArticleGroup[] = [
  {
    id: "foundations",
    title: "Foundations",
    description:
      "What orchestration and choreography are, what they are not, and when the simpler-looking one stays simple.",
  },
  fromModel("topology"),
  fromModel("coordination"),
  fromModel("operations"),
  fromModel("organisation"),
  {
    id: "decision",
    title: "Making the decision",
    description:
      "Hybrids that work, where the experts disagree, and how Baton turns answers into a verdict.",
  },
];
