/** Where the reader's choice of colour scheme is kept (localStorage); absent: follow the system. */
export const THEME_STORAGE_KEY = 'atlas-farbschema';
