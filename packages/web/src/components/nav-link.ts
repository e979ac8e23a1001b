/** The look of an entry of the side bar's menu: a full-width subtle button, its label on the left. */
export const navLink = {
  variant: 'subtle',
  fullWidth: true,
  justify: 'space-between',
} as const;
