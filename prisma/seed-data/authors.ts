import type { DemoAuthor } from "./types";

// Staff of The Ledger. One entry per slug in taxonomy.ts `authorSlugs`.
export const authors: DemoAuthor[] = [
  {
    slug: "maren-okafor",
    name: "Maren Okafor",
    jobTitle: "City editor",
    bio: "Maren Okafor is The Ledger's city editor, leading the team that covers Calder Bay's neighbourhoods, public services and breaking news. She joined the paper as a trainee reporter in the Saltmarsh bureau and spent six years on the health beat before taking charge of the city desk. She lives in Gullhaven and commutes by ferry, fog permitting.",
  },
  {
    slug: "tomas-lindqvist",
    name: "Tomas Lindqvist",
    jobTitle: "Political editor",
    bio: "Tomas Lindqvist is political editor of The Ledger, covering city hall, the Regional Assembly and the elections that decide who runs both. Before joining the paper he spent a decade as a legislative correspondent for a regional broadcaster. He has written a short history of Calder Bay's mayoralty and keeps a notebook of every council vote he has watched.",
  },
  {
    slug: "priya-raman",
    name: "Priya Raman",
    jobTitle: "Business editor",
    bio: "Priya Raman is The Ledger's business editor. She writes about the companies, workers and markets that drive the Calder Bay economy, from the shipyards of the North Quay to the city's start-up scene. A former financial analyst, she has a particular interest in housing finance and the cost of living, and edits the paper's weekly business newsletter.",
  },
  {
    slug: "daniel-achterberg",
    name: "Daniel Achterberg",
    jobTitle: "Technology correspondent",
    bio: "Daniel Achterberg is technology correspondent at The Ledger, reporting on the software, networks and companies reshaping daily life, and on the rules meant to govern them. He worked as a software developer for eight years before moving into journalism. His reporting on public-sector surveillance and data sharing has prompted two reviews by the regional information commissioner.",
  },
  {
    slug: "ines-carvalho",
    name: "Ines Carvalho",
    jobTitle: "Science correspondent",
    bio: "Ines Carvalho is The Ledger's science correspondent. She covers research at Calder Bay University and beyond, with a focus on medicine, marine science and space. She holds a doctorate in molecular biology and worked in a laboratory for five years before switching to writing about the work of others. She is a keen open-water swimmer.",
  },
  {
    slug: "hollis-mbeki",
    name: "Hollis Mbeki",
    jobTitle: "Climate and environment correspondent",
    bio: "Hollis Mbeki covers climate, energy and the environment for The Ledger, reporting on the region's coast, its weather and the long work of adapting to both. Before joining the paper she reported on agriculture and rural affairs for a farming weekly. She has written extensively about flood defences in Saltmarsh and the future of the bay's fisheries.",
  },
  {
    slug: "ruth-abernathy",
    name: "Ruth Abernathy",
    jobTitle: "Arts and culture editor",
    bio: "Ruth Abernathy is arts and culture editor at The Ledger, writing about books, music, film, theatre and food. She has reviewed for the paper for more than fifteen years and chairs the judging panel of the Calder Bay Book Prize. When she is not in a theatre seat, she can usually be found in one of the city's second-hand bookshops.",
  },
  {
    slug: "kwame-osei",
    name: "Kwame Osei",
    jobTitle: "Sports editor",
    bio: "Kwame Osei is The Ledger's sports editor. He has covered Calder Bay's football clubs, rowing crews and athletics meetings for more than a decade, as well as several international tournaments. A former semi-professional midfielder, he writes a weekly column on the grassroots game and still plays on Sunday mornings, with diminishing success.",
  },
  {
    slug: "sofia-marchetti",
    name: "Sofia Marchetti",
    jobTitle: "World affairs editor",
    bio: "Sofia Marchetti is world affairs editor at The Ledger, responsible for the paper's coverage of diplomacy, conflict, trade and migration. She has reported from more than thirty countries, including long stints as a correspondent in contested border regions. She speaks four languages and is particularly interested in how decisions made in distant capitals reach ordinary lives.",
  },
  {
    slug: "elliot-ferreira",
    name: "Elliot Ferreira",
    jobTitle: "Data and investigations editor",
    bio: "Elliot Ferreira leads The Ledger's data and investigations desk, turning public records, spreadsheets and freedom of information requests into stories. His analyses of rental listings and hospital waiting times have been cited in council debates. Before journalism he worked as a government statistician, and he remains unreasonably fond of well-documented datasets.",
  },
  {
    slug: "nadia-haddad",
    name: "Nadia Haddad",
    jobTitle: "Columnist",
    bio: "Nadia Haddad is a columnist for The Ledger, writing twice a week about politics, society and life in Calder Bay. She previously worked as a community lawyer in the Saltmarsh district, an experience that shapes much of her writing. Her columns have won regional awards for commentary, and she reads every letter that readers send in reply.",
  },
  {
    slug: "george-whitcombe",
    name: "George Whitcombe",
    jobTitle: "Courts and public safety correspondent",
    bio: "George Whitcombe is The Ledger's courts and public safety correspondent, covering trials, policing, the emergency services and the justice system. He has reported from Calder Bay's courtrooms for twelve years and is known for his meticulous accounts of long-running cases. He also writes about the city's fire service and the coastguard.",
  },
];
