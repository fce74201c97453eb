// How much of a title and a description search results show. Longer is
// allowed; the article form flags it. Kept apart from the form's schema so the
// editor's browser code does not load the validation library for two numbers.
export const SEO_TITLE_HINT = 60;
export const SEO_DESCRIPTION_HINT = 160;
