import region from '../../../tests/fixtures/region.json';
import { accessToken, fakeApi, fakeUserManager } from '../../test/render';

/** A signed-in user of region MIJOV with the given role. */
export const regionUser = (role: string) => fakeUserManager({ user: { access_token: accessToken({ role, regionCode: 'MIJOV' }) } });

/** The region page's API, answered from tests/fixtures/region.json; `extra` adds or replaces routes. */
export const regionApi = (extra: Record<string, unknown> = {}) =>
  fakeApi({
    '/catalogue/products': region.products,
    '/tariffs': region.tariffs,
    '/contracts': region.contracts,
    '/intake-windows': region.windows,
    '/closed-product-groups': region.closed,
    '/enforcements': region.enforcements,
    '/signals': region.signals,
    '/regions/MIJOV/admission-rules': region.rules,
    '/providers': region.providers,
    ...extra,
  });

/** A 204 answer, as the service answers a DELETE. */
export const noContent = () => new Response(null, { status: 204 });
