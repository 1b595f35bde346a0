/** Size of the share images (og:image), the common 1.91:1 of link previews. */
export const OG_IMAGE_SIZE = { width: 1200, height: 630 } as const;
