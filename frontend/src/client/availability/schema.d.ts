// generated — do not edit. Source: frontend/openapi/availability.json; regenerate with `npm run gen:api`.

export interface paths {
    "/admin/rebuild": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Rebuild the read model from the consumed events */
        post: operations["rebuild_read_model_availability_api_v1_admin_rebuild_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/gaps": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Municipalities and products without supply within the norm */
        get: operations["get_gaps_availability_api_v1_gaps_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/providers/{providerId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A provider: contact and all its products */
        get: operations["get_provider_availability_api_v1_providers__providerId__get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/providers/{providerId}/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** One click: all of the provider's entries are still correct */
        post: operations["confirm_all_availability_api_v1_providers__providerId__confirm_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/providers/{providerId}/entries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The provider's own entries */
        get: operations["list_entries_availability_api_v1_providers__providerId__entries_get"];
        put?: never;
        /** Report availability for a contracted product at a (new) location */
        post: operations["create_entry_availability_api_v1_providers__providerId__entries_post"];
        delete?: never;
        options?: never;
        head?: never;
        /** Bulk update: change several entries at once (all or nothing) */
        patch: operations["bulk_update_availability_api_v1_providers__providerId__entries_patch"];
        trace?: never;
    };
    "/providers/{providerId}/entries/{entryId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Replace an entry */
        put: operations["replace_entry_availability_api_v1_providers__providerId__entries__entryId__put"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/providers/{providerId}/entries/{entryId}/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** One click: the entry is still correct */
        post: operations["confirm_entry_availability_api_v1_providers__providerId__entries__entryId__confirm_post"];
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
        /** Find available care */
        get: operations["search_entries_availability_api_v1_search_get"];
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
        /** Codes and labels for the search filters */
        get: operations["get_vocabularies_availability_api_v1_vocabularies_get"];
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
        /** BridgingCare */
        BridgingCare: {
            /** Description */
            description?: string | null;
            /** Offered */
            offered: boolean;
        };
        /** BulkUpdate */
        BulkUpdate: {
            /** Entries */
            entries: components["schemas"]["EntryPatch"][];
        };
        /** Code */
        Code: {
            /** Code */
            code: string;
            /** Label */
            label: string;
        };
        /** Confirmation */
        Confirmation: {
            /** Confirmed */
            confirmed: number;
            /** Entryids */
            entryIds: string[];
        };
        /** Contact */
        Contact: {
            /** City */
            city: string | null;
            /** Email */
            email: string | null;
            /** Phone */
            phone: string | null;
            /** Website */
            website: string | null;
        };
        /** EntryCreate */
        EntryCreate: {
            /** Acceptingnewclients */
            acceptingNewClients: boolean;
            /**
             * Agemax
             * @default 23
             */
            ageMax: number;
            /**
             * Agemin
             * @default 0
             */
            ageMin: number;
            /**
             * @default {
             *       "offered": false
             *     }
             */
            bridgingCare: components["schemas"]["BridgingCare"];
            /** Contraindications */
            contraIndications?: string | null;
            /** Freeplaces */
            freePlaces?: number | null;
            /** Intakewaitweeks */
            intakeWaitWeeks?: number | null;
            location: components["schemas"]["Location"];
            /** Note */
            note?: string | null;
            /**
             * Productcode
             * @example 45A48
             */
            productCode: string;
            /** Specialisms */
            specialisms?: string[];
            /** Treatmentwaitweeks */
            treatmentWaitWeeks?: number | null;
        };
        /**
         * EntryPatch
         * @description One entry in a bulk update; only the fields sent change.
         */
        EntryPatch: {
            /** Acceptingnewclients */
            acceptingNewClients?: boolean | null;
            /** Agemax */
            ageMax?: number | null;
            /** Agemin */
            ageMin?: number | null;
            bridgingCare?: components["schemas"]["BridgingCare"] | null;
            /** Contraindications */
            contraIndications?: string | null;
            /**
             * Entryid
             * Format: uuid
             */
            entryId: string;
            /** Freeplaces */
            freePlaces?: number | null;
            /** Intakewaitweeks */
            intakeWaitWeeks?: number | null;
            location?: components["schemas"]["Location"] | null;
            /** Note */
            note?: string | null;
            /** Specialisms */
            specialisms?: string[] | null;
            /** Treatmentwaitweeks */
            treatmentWaitWeeks?: number | null;
        };
        /**
         * EntryPublic
         * @description A provider's own entry: the public result plus what only the provider sees and edits.
         */
        EntryPublic: {
            /** Acceptingnewclients */
            acceptingNewClients: boolean;
            /** Agemax */
            ageMax: number;
            /** Agemin */
            ageMin: number;
            /** Available */
            available: boolean;
            bridgingCare: components["schemas"]["BridgingCare"];
            /** Category */
            category: string;
            /** Contraindications */
            contraIndications: string | null;
            /**
             * Entryid
             * Format: uuid
             */
            entryId: string;
            /** Freeplaces */
            freePlaces: number | null;
            /** Intakewaitweeks */
            intakeWaitWeeks: number | null;
            /** Lastconfirmedat */
            lastConfirmedAt: string | null;
            /**
             * Listed
             * @description Shown in search (contracted somewhere, provider not exited)
             */
            listed: boolean;
            location: components["schemas"]["Location"];
            measuredWait: components["schemas"]["MeasuredWait"];
            /** Note */
            note: string | null;
            /** Productcode */
            productCode: string;
            /** Productgroup */
            productGroup: string;
            /** Productname */
            productName: string;
            /**
             * Providerid
             * Format: uuid
             */
            providerId: string;
            /** Providername */
            providerName: string;
            /** Specialisms */
            specialisms: string[];
            /** Stale */
            stale: boolean;
            /** Treatmentwaitweeks */
            treatmentWaitWeeks: number | null;
        };
        /**
         * EntryUpdate
         * @description Everything a provider reports about one product at one location (PUT replaces it all).
         */
        EntryUpdate: {
            /** Acceptingnewclients */
            acceptingNewClients: boolean;
            /**
             * Agemax
             * @default 23
             */
            ageMax: number;
            /**
             * Agemin
             * @default 0
             */
            ageMin: number;
            /**
             * @default {
             *       "offered": false
             *     }
             */
            bridgingCare: components["schemas"]["BridgingCare"];
            /** Contraindications */
            contraIndications?: string | null;
            /** Freeplaces */
            freePlaces?: number | null;
            /** Intakewaitweeks */
            intakeWaitWeeks?: number | null;
            location: components["schemas"]["Location"];
            /** Note */
            note?: string | null;
            /** Specialisms */
            specialisms?: string[];
            /** Treatmentwaitweeks */
            treatmentWaitWeeks?: number | null;
        };
        /** Facet */
        Facet: {
            /** Count */
            count: number;
            /** Label */
            label: string;
            /** Value */
            value: string;
        };
        /** Facets */
        Facets: {
            /** Acceptingnow */
            acceptingNow: components["schemas"]["Facet"][];
            /** Category */
            category: components["schemas"]["Facet"][];
            /** Municipality */
            municipality: components["schemas"]["Facet"][];
            /** Productgroup */
            productGroup: components["schemas"]["Facet"][];
            /** Specialism */
            specialism: components["schemas"]["Facet"][];
        };
        /** Gap */
        Gap: {
            /** Contractedproviders */
            contractedProviders: number;
            /** Municipalitycode */
            municipalityCode: string;
            /** Municipalityname */
            municipalityName: string;
            /** Normweeks */
            normWeeks: number;
            /** Opensince */
            openSince: string | null;
            /** Productcode */
            productCode: string;
            /** Productname */
            productName: string;
            /** Regioncode */
            regionCode: string;
            /** Shortestintakewaitweeks */
            shortestIntakeWaitWeeks: number | null;
        };
        /** GapList */
        GapList: {
            /** Items */
            items: components["schemas"]["Gap"][];
            /** Normweeks */
            normWeeks: number;
            /** Regioncode */
            regionCode: string;
        };
        /** HTTPValidationError */
        HTTPValidationError: {
            /** Detail */
            detail?: components["schemas"]["ValidationError"][];
        };
        /** Location */
        Location: {
            /** City */
            city: string;
            /** Name */
            name: string;
        };
        /** MeasuredWait */
        MeasuredWait: {
            /** Cases */
            cases: number | null;
            /** Mediandays */
            medianDays: number | null;
            /** P90Days */
            p90Days: number | null;
            /** Suppressed */
            suppressed: boolean;
        };
        /** Product */
        Product: {
            /** Category */
            category: string;
            /** Code */
            code: string;
            /** Description */
            description: string;
            /** Name */
            name: string;
            /** Productgroup */
            productGroup: string;
        };
        /** ProductGroup */
        ProductGroup: {
            /** Code */
            code: string;
            /** Description */
            description: string;
            /** Label */
            label: string;
        };
        /** ProviderPublic */
        ProviderPublic: {
            contact: components["schemas"]["Contact"];
            /** Entries */
            entries: components["schemas"]["SearchResult"][];
            /** Name */
            name: string;
            /**
             * Providerid
             * Format: uuid
             */
            providerId: string;
        };
        /** RebuildResult */
        RebuildResult: {
            /** Eventsapplied */
            eventsApplied: number;
        };
        /** SearchResponse */
        SearchResponse: {
            facets: components["schemas"]["Facets"];
            /** Items */
            items: components["schemas"]["SearchResult"][];
            /** Nextcursor */
            nextCursor: string | null;
            /** Total */
            total: number;
        };
        /** SearchResult */
        SearchResult: {
            /** Acceptingnewclients */
            acceptingNewClients: boolean;
            /** Agemax */
            ageMax: number;
            /** Agemin */
            ageMin: number;
            /** Available */
            available: boolean;
            bridgingCare: components["schemas"]["BridgingCare"];
            /** Category */
            category: string;
            /**
             * Entryid
             * Format: uuid
             */
            entryId: string;
            /** Freeplaces */
            freePlaces: number | null;
            /** Intakewaitweeks */
            intakeWaitWeeks: number | null;
            /** Lastconfirmedat */
            lastConfirmedAt: string | null;
            location: components["schemas"]["Location"];
            measuredWait: components["schemas"]["MeasuredWait"];
            /** Productcode */
            productCode: string;
            /** Productgroup */
            productGroup: string;
            /** Productname */
            productName: string;
            /**
             * Providerid
             * Format: uuid
             */
            providerId: string;
            /** Providername */
            providerName: string;
            /** Specialisms */
            specialisms: string[];
            /** Stale */
            stale: boolean;
            /** Treatmentwaitweeks */
            treatmentWaitWeeks: number | null;
        };
        /** ValidationError */
        ValidationError: {
            /** Context */
            ctx?: Record<string, never>;
            /** Input */
            input?: unknown;
            /** Location */
            loc: (string | number)[];
            /** Message */
            msg: string;
            /** Error Type */
            type: string;
        };
        /** Vocabularies */
        Vocabularies: {
            /** Categories */
            categories: components["schemas"]["Code"][];
            /** Productgroups */
            productGroups: components["schemas"]["ProductGroup"][];
            /** Products */
            products: components["schemas"]["Product"][];
            /** Specialisms */
            specialisms: components["schemas"]["Code"][];
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    rebuild_read_model_availability_api_v1_admin_rebuild_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RebuildResult"];
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                };
            };
            /** @description Not your organisation, or wrong role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                };
            };
        };
    };
    get_gaps_availability_api_v1_gaps_get: {
        parameters: {
            query: {
                /** @description Region code, e.g. ZOU */
                region: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GapList"];
                };
            };
            /** @description Invalid input (problem+json naming the field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    get_provider_availability_api_v1_providers__providerId__get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The provider's id */
                providerId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProviderPublic"];
                };
            };
            /** @description No such entry for this provider */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    confirm_all_availability_api_v1_providers__providerId__confirm_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The provider's id */
                providerId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Confirmation"];
                };
            };
            /** @description Invalid input (problem+json naming the field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                };
            };
            /** @description Not your organisation, or wrong role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    list_entries_availability_api_v1_providers__providerId__entries_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The provider's id */
                providerId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EntryPublic"][];
                };
            };
            /** @description Invalid input (problem+json naming the field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                };
            };
            /** @description Not your organisation, or wrong role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    create_entry_availability_api_v1_providers__providerId__entries_post: {
        parameters: {
            query?: never;
            header?: {
                /** @description Unique key per intended write; a retry sends the same key */
                "Idempotency-Key"?: string | null;
            };
            path: {
                /** @description The provider's id */
                providerId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EntryCreate"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EntryPublic"];
                };
            };
            /** @description Invalid input (problem+json naming the field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                };
            };
            /** @description Not your organisation, or wrong role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                };
            };
            /** @description Same Idempotency-Key still in progress */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                };
            };
            /** @description Implausible value or product not contracted */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                };
            };
        };
    };
    bulk_update_availability_api_v1_providers__providerId__entries_patch: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The provider's id */
                providerId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BulkUpdate"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EntryPublic"][];
                };
            };
            /** @description Invalid input (problem+json naming the field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                };
            };
            /** @description Not your organisation, or wrong role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                };
            };
            /** @description No such entry for this provider */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                };
            };
            /** @description Implausible value or product not contracted */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                };
            };
        };
    };
    replace_entry_availability_api_v1_providers__providerId__entries__entryId__put: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                entryId: string;
                /** @description The provider's id */
                providerId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EntryUpdate"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EntryPublic"];
                };
            };
            /** @description Invalid input (problem+json naming the field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                };
            };
            /** @description Not your organisation, or wrong role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                };
            };
            /** @description No such entry for this provider */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                };
            };
            /** @description Implausible value or product not contracted */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                };
            };
        };
    };
    confirm_entry_availability_api_v1_providers__providerId__entries__entryId__confirm_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                entryId: string;
                /** @description The provider's id */
                providerId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EntryPublic"];
                };
            };
            /** @description Invalid input (problem+json naming the field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                };
            };
            /** @description Not your organisation, or wrong role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                };
            };
            /** @description No such entry for this provider */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    search_entries_availability_api_v1_search_get: {
        parameters: {
            query?: {
                acceptingNow?: boolean | null;
                /** @description The child's age */
                age?: number | null;
                /** @description iJw category */
                category?: string | null;
                cursor?: string | null;
                limit?: number;
                /** @description CBS code */
                municipality?: string | null;
                productCode?: string | null;
                productGroup?: string | null;
                /** @description Free text over provider and product names */
                q?: string | null;
                sort?: "wait" | "name" | "freshness";
                specialism?: string | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SearchResponse"];
                };
            };
            /** @description Invalid input (problem+json naming the field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    get_vocabularies_availability_api_v1_vocabularies_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Vocabularies"];
                };
            };
        };
    };
}
