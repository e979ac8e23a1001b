import { Badge, Button, createTheme, SegmentedControl } from '@mantine/core';

/**
 * Shared look. A status badge never shrinks below its label, in a flex row or a table column (its label
 * clips, so without a minimum width a table squeezes it): "Vigilance normale" is read whole, never
 * "Vigilance nor…" (the page tour fails on a cut label).
 */
export const theme = createTheme({
  components: {
    Badge: Badge.extend({ styles: { root: { flexShrink: 0, minWidth: 'max-content', maxWidth: 'none' } } }),
    // A long label wraps onto a second line on a phone rather than being cut.
    Button: Button.extend({
      styles: {
        root: { height: 'auto', minHeight: 'var(--button-height)', maxWidth: '100%' },
        label: { whiteSpace: 'normal', overflow: 'visible', textAlign: 'center', paddingBlock: 4 },
      },
    }),
    // More choices than the width holds scroll sideways inside the control, not the page.
    SegmentedControl: SegmentedControl.extend({ styles: { root: { maxWidth: '100%', overflowX: 'auto' } } }),
  },
});
