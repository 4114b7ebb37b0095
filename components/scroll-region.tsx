import type { ReactNode } from 'react';

/**
 * A wide table's frame: it scrolls sideways on a narrow screen instead of widening the page, and a
 * keyboard can scroll it (focusable, named region). `relative` keeps visually hidden labels inside.
 */
export function ScrollRegion({
  label,
  className = '',
  children,
}: {
  label: string;
  className?: string;
  children: ReactNode;
}) {
  return (
    <div role="region" aria-label={label} tabIndex={0} className={`relative overflow-x-auto ${className}`}>
      {children}
    </div>
  );
}
