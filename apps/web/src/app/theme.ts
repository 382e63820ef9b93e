import {
  createTheme,
  darken,
  DEFAULT_THEME,
  Drawer,
  luminance,
  Modal,
  NumberInput,
  type CSSVariablesResolver,
} from '@mantine/core';
import { DateInput, DatePickerInput } from '@mantine/dates';

/** WCAG 2.2 AA minimum for normal text (1.4.3). */
const minTextContrast = 4.5;

export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** The colour darkened in small steps until text in it reads at 4.5:1 on every background. */
export function readableOn(color: string, backgrounds: string[]): string {
  const reads = (c: string) => backgrounds.every((b) => contrastRatio(c, b) >= minTextContrast);
  let result = color;
  for (let amount = 0.05; !reads(result) && amount <= 1; amount += 0.05) {
    result = darken(color, amount);
  }
  return result;
}

const { colors } = DEFAULT_THEME;
/**
 * What text can sit on in the light scheme: white, striped and hovered table rows, and the pale
 * tint of every colour (light badges, alerts, highlighted panels), where a badge or a helper text
 * of another colour may sit too.
 */
export const lightBackgrounds = [
  '#ffffff',
  ...Object.entries(colors)
    .filter(([name]) => name !== 'dark')
    .flatMap(([, shades]) => [shades[0], shades[1]]),
];
const mutedText = readableOn(colors.gray[6], lightBackgrounds);

/**
 * Mantine's light scheme writes coloured text in shades that read below 4.5:1 for orange, yellow,
 * green and teal (`c="orange"`, light and outlined badges, alerts), greys out helper text at 3.3:1 and
 * placeholders at 2:1. Each text colour here is darkened just enough to pass.
 */
const cssVariablesResolver: CSSVariablesResolver = () => {
  const light: Record<string, string> = {
    '--mantine-color-dimmed': mutedText,
    '--mantine-color-placeholder': mutedText,
    '--mantine-color-error': readableOn(colors.red[8], lightBackgrounds),
  };
  for (const [name, shades] of Object.entries(colors)) {
    if (name === 'dark' || name === 'gray') continue;
    light[`--mantine-color-${name}-text`] = readableOn(shades[8], lightBackgrounds);
    light[`--mantine-color-${name}-outline`] = readableOn(shades[8], lightBackgrounds);
    light[`--mantine-color-${name}-light-color`] = readableOn(shades[9], lightBackgrounds);
  }
  return { variables: {}, light, dark: {} };
};

/**
 * Red is kept for what is late or wrong, so the primary colour is a deep blue. Filled buttons and
 * badges use shade 8, and `autoContrast` writes black instead of white on the light fills
 * (orange, yellow, green…) where white would read below 4.5:1: white passes below a luminance of
 * about 0.183 and black above about 0.175.
 */
export const themeOf = (labels: { close: string; clear: string }) =>
  createTheme({
    primaryColor: 'blue',
    primaryShade: { light: 8, dark: 8 },
    autoContrast: true,
    luminanceThreshold: 0.18,
    focusRing: 'auto',
    fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
    defaultRadius: 'md',
    components: {
      // Mantine's icon-only close and clear buttons have no name of their own: a screen reader
      // would announce just "button" when tabbing through a dialog.
      Modal: Modal.extend({ defaultProps: { closeButtonProps: { 'aria-label': labels.close } } }),
      Drawer: Drawer.extend({ defaultProps: { closeButtonProps: { 'aria-label': labels.close } } }),
      DatePickerInput: DatePickerInput.extend({
        defaultProps: { clearButtonProps: { 'aria-label': labels.clear } },
      }),
      DateInput: DateInput.extend({
        defaultProps: { clearButtonProps: { 'aria-label': labels.clear } },
      }),
      // The spinner arrows are unnamed buttons; the arrow keys do the same from the field.
      NumberInput: NumberInput.extend({ defaultProps: { hideControls: true } }),
    },
  });

export { cssVariablesResolver };
