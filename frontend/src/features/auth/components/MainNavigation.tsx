import { NavList } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { RouterNavLink } from '../../../components/ui/RouterLink';
import { AREAS, areasFor } from '../areas';
import { useAuth } from '../AuthProvider';

/** The public search for everyone, plus the work areas of the signed-in role. */
export function MainNavigation() {
  const { t } = useTranslation();
  const { session } = useAuth();
  const items = [
    { path: '/', label: t('nav.search') },
    ...areasFor(session?.claims.role).map((area) => ({ path: AREAS[area].path, label: t(`areas.${area}.title`) })),
  ];
  return (
    <nav aria-label={t('nav.label')}>
      <NavList className="zr-nav">
        {items.map((item) => (
          <li key={item.path} className="utrecht-nav-list__item">
            <RouterNavLink to={item.path} end className="utrecht-nav-list__link">
              {item.label}
            </RouterNavLink>
          </li>
        ))}
      </NavList>
    </nav>
  );
}
