/** The few toolbar glyphs, drawn like DevTools' own (16 px, currentColor), so they follow the theme. */
const PATHS = {
  // A circle with a slash: DevTools' "Clear".
  clear:
    'M8 2a6 6 0 1 0 0 12A6 6 0 0 0 8 2Zm0 1.5c1 0 2 .34 2.76.92L4.42 10.76A4.5 4.5 0 0 1 8 3.5Zm0 9c-1 0-2-.34-2.76-.92l6.34-6.34A4.5 4.5 0 0 1 8 12.5Z',
  // An arrow onto a tray: DevTools' "Export HAR".
  export:
    'M7.25 2h1.5v6.19l2.22-2.22 1.06 1.06L8 11.06 3.97 7.03l1.06-1.06 2.22 2.22V2ZM3 12.5h10V14H3v-1.5Z',
  // A cog: DevTools' settings.
  settings:
    'M6.6 1.5h2.8l.4 1.9 1 .6 1.8-.7 1.4 2.4-1.5 1.3v1.1l1.5 1.3-1.4 2.4-1.8-.7-1 .6-.4 1.8H6.6l-.4-1.8-1-.6-1.8.7L2 11.4l1.5-1.3V9L2 7.7 3.4 5.3l1.8.7 1-.6.4-1.9ZM8 6a2 2 0 1 0 0 4 2 2 0 0 0 0-4Z',
  close:
    'm4.28 3.22 3.72 3.72 3.72-3.72 1.06 1.06L9.06 8l3.72 3.72-1.06 1.06L8 9.06l-3.72 3.72-1.06-1.06L6.94 8 3.22 4.28l1.06-1.06Z',
} as const;

export type IconName = keyof typeof PATHS;

export function Icon({ name }: { name: IconName }) {
  return (
    <svg className="icon" width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <path fill="currentColor" fillRule="evenodd" d={PATHS[name]} />
    </svg>
  );
}

interface IconButtonProps {
  icon: IconName;
  /** Accessible name and tooltip: an icon alone says nothing to a screen reader. */
  label: string;
  onClick(): void;
  disabled?: boolean;
  className?: string;
  testId?: string;
}

/** A DevTools-style toolbar button that shows only its icon. */
export function IconButton({ icon, label, onClick, disabled, className, testId }: IconButtonProps) {
  return (
    <button
      type="button"
      className={className ? `icon-button ${className}` : 'icon-button'}
      aria-label={label}
      title={label}
      data-testid={testId}
      onClick={onClick}
      disabled={disabled}
    >
      <Icon name={icon} />
    </button>
  );
}
