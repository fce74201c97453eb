import type { DemoSection, DemoTag } from "./types";

// The Ledger covers the fictional city of Calder Bay and the wider world.
export const sections: DemoSection[] = [
  { slug: "news", name: "News", description: "Reporting from Calder Bay and the region, as it happens." },
  { slug: "world", name: "World", description: "Stories from beyond the bay: diplomacy, conflict, trade and the people caught up in them." },
  { slug: "politics", name: "Politics", description: "City hall, the regional assembly and the arguments that shape both." },
  { slug: "business", name: "Business", description: "Companies, markets, work and the local economy." },
  { slug: "technology", name: "Technology", description: "The tools we use, the firms that make them and the rules that should govern them." },
  { slug: "science", name: "Science", description: "Research, discovery and the people doing it." },
  { slug: "climate", name: "Climate", description: "Weather, energy, the coast and how the region is adapting." },
  { slug: "culture", name: "Culture", description: "Books, music, film, food and the city's arts scene." },
  { slug: "sport", name: "Sport", description: "Results, previews and the stories behind the games." },
  { slug: "opinion", name: "Opinion", description: "Columns, analysis and letters from readers." },
];

export const tags: DemoTag[] = [
  { slug: "city-council", name: "City council" },
  { slug: "transport", name: "Transport" },
  { slug: "housing", name: "Housing" },
  { slug: "education", name: "Education" },
  { slug: "health", name: "Health" },
  { slug: "elections", name: "Elections" },
  { slug: "budget", name: "Budget" },
  { slug: "courts", name: "Courts" },
  { slug: "harbour", name: "Harbour" },
  { slug: "trade", name: "Trade" },
  { slug: "jobs", name: "Jobs" },
  { slug: "startups", name: "Startups" },
  { slug: "artificial-intelligence", name: "Artificial intelligence" },
  { slug: "privacy", name: "Privacy" },
  { slug: "cybersecurity", name: "Cybersecurity" },
  { slug: "space", name: "Space" },
  { slug: "oceans", name: "Oceans" },
  { slug: "wildlife", name: "Wildlife" },
  { slug: "energy", name: "Energy" },
  { slug: "flooding", name: "Flooding" },
  { slug: "weather", name: "Weather" },
  { slug: "books", name: "Books" },
  { slug: "music", name: "Music" },
  { slug: "film", name: "Film" },
  { slug: "food", name: "Food" },
  { slug: "football", name: "Football" },
  { slug: "rowing", name: "Rowing" },
  { slug: "athletics", name: "Athletics" },
  { slug: "diplomacy", name: "Diplomacy" },
  { slug: "migration", name: "Migration" },
  { slug: "agriculture", name: "Agriculture" },
  { slug: "public-safety", name: "Public safety" },
  { slug: "history", name: "History" },
  { slug: "letters", name: "Letters" },
];

/** Author slugs; names, job titles and bios are in authors.ts. */
export const authorSlugs = [
  "maren-okafor", // city editor
  "tomas-lindqvist", // politics
  "priya-raman", // business
  "daniel-achterberg", // technology
  "ines-carvalho", // science
  "hollis-mbeki", // climate and environment
  "ruth-abernathy", // culture
  "kwame-osei", // sport
  "sofia-marchetti", // world affairs
  "elliot-ferreira", // data and investigations
  "nadia-haddad", // columnist, opinion
  "george-whitcombe", // courts and public safety
] as const;
