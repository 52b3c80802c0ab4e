/** The Japanese catalog: glossary. Keys are `glossary.…`. */
export const glossary = {};
