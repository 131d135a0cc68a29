// generated — do not edit. Source: frontend/openapi/availability.json; regenerate with `npm run gen:api`.

export interface paths {
    "/providers/{providerId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A provider's contact details and all its availability entries */
        get: operations["getProvider"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Search availability of contracted care */
        get: operations["searchAvailability"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/vocabularies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Controlled vocabularies used by search: specialisms, categories, product groups, products */
        get: operations["listVocabularies"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        BridgingCare: {
            description: string | null;
            offered: boolean;
        };
        CodeLabel: {
            code: string;
            label: string;
        };
        Contact: {
            email: string | null;
            phone: string | null;
            website: string | null;
        };
        Facet: {
            count: number;
            label: string;
            value: string;
        };
        Facets: {
            acceptingNow: components["schemas"]["Facet"][];
            category: components["schemas"]["Facet"][];
            municipality: components["schemas"]["Facet"][];
            productGroup: components["schemas"]["Facet"][];
            specialism: components["schemas"]["Facet"][];
        };
        InvalidParam: {
            code: string;
            name: string;
            reason: string;
        };
        Location: {
            city: string;
            name: string;
        };
        /** @description Days from allocation to care start over recent allocations; suppressed (all null) when there are too few cases to show. */
        MeasuredWait: {
            cases: number | null;
            medianDays: number | null;
            p90Days: number | null;
            suppressed: boolean;
        };
        Problem: {
            detail?: string;
            instance?: string;
            invalidParams?: components["schemas"]["InvalidParam"][];
            status: number;
            title: string;
            /**
             * Format: uri-reference
             * @default about:blank
             */
            type: string;
        };
        Product: {
            category: string;
            code: string;
            description: string;
            name: string;
            productGroup: string;
        };
        ProductGroup: {
            code: string;
            description: string;
            label: string;
        };
        ProviderDetail: {
            contact: components["schemas"]["Contact"];
            entries: components["schemas"]["SearchResult"][];
            name: string;
            /** Format: uuid */
            providerId: string;
        };
        SearchResponse: {
            facets: components["schemas"]["Facets"];
            items: components["schemas"]["SearchResult"][];
            nextCursor: string | null;
            total: number;
        };
        SearchResult: {
            acceptingNewClients: boolean;
            ageMax: number;
            ageMin: number;
            available: boolean;
            bridgingCare: components["schemas"]["BridgingCare"];
            category: string;
            /** Format: uuid */
            entryId: string;
            freePlaces: number | null;
            intakeWaitWeeks: number | null;
            /** Format: date-time */
            lastConfirmedAt: string | null;
            location: components["schemas"]["Location"];
            measuredWait: components["schemas"]["MeasuredWait"];
            productCode: string;
            productGroup: string;
            productName: string;
            /** Format: uuid */
            providerId: string;
            providerName: string;
            specialisms: string[];
            stale: boolean;
            treatmentWaitWeeks: number | null;
        };
        /**
         * @default wait
         * @enum {string}
         */
        SearchSort: "wait" | "name" | "freshness";
        Vocabularies: {
            categories: components["schemas"]["CodeLabel"][];
            productGroups: components["schemas"]["ProductGroup"][];
            products: components["schemas"]["Product"][];
            specialisms: components["schemas"]["CodeLabel"][];
        };
    };
    responses: {
        /** @description Error (RFC 9457) */
        Problem: {
            headers: {
                "API-Version": components["headers"]["ApiVersion"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
    };
    parameters: never;
    requestBodies: never;
    headers: {
        /** @description Full version of this API */
        ApiVersion: string;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getProvider: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                providerId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The provider */
            200: {
                headers: {
                    "API-Version": components["headers"]["ApiVersion"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProviderDetail"];
                };
            };
            404: components["responses"]["Problem"];
            default: components["responses"]["Problem"];
        };
    };
    searchAvailability: {
        parameters: {
            query?: {
                acceptingNow?: boolean;
                age?: number;
                category?: string;
                cursor?: string;
                limit?: number;
                /** @description CBS municipality code of the child's municipality */
                municipality?: string;
                productCode?: string;
                productGroup?: string;
                /** @description Free text over provider and product names */
                q?: string;
                sort?: components["schemas"]["SearchSort"];
                specialism?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of results with facet counts over the whole result set */
            200: {
                headers: {
                    "API-Version": components["headers"]["ApiVersion"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SearchResponse"];
                };
            };
            400: components["responses"]["Problem"];
            default: components["responses"]["Problem"];
        };
    };
    listVocabularies: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The vocabularies */
            200: {
                headers: {
                    "API-Version": components["headers"]["ApiVersion"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Vocabularies"];
                };
            };
            default: components["responses"]["Problem"];
        };
    };
}
