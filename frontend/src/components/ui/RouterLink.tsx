import clsx from 'clsx';
import { Link, NavLink, type LinkProps, type NavLinkProps } from 'react-router';

/** A client-side link with the NL Design System link style. */
export function RouterLink({ className, ...props }: LinkProps) {
  return <Link className={clsx('utrecht-link', 'utrecht-link--html-a', className)} {...props} />;
}

/** A navigation link that marks the current page with aria-current="page". */
export function RouterNavLink({ className, ...props }: NavLinkProps & { className?: string }) {
  return <NavLink className={clsx('utrecht-link', 'utrecht-link--html-a', className)} {...props} />;
}
