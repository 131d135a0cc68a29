// generated — do not edit. Source: frontend/openapi/contracting.json; regenerate with `npm run gen:api`.

export interface paths {
    "/allocations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Allocations in change order; pass nextCursor as changedSince to get later changes */
        get: operations["feed_contracting_api_v1_allocations_get"];
        put?: never;
        /** Issue an allocation (JW301); retry safely with the same Idempotency-Key */
        post: operations["issue_contracting_api_v1_allocations_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/allocations/{allocation_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One allocation and its history; with its client (purpose required; audited) for the municipality and the provider, without for the region */
        get: operations["get_allocation_contracting_api_v1_allocations__allocation_id__get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/allocations/{allocation_id}/acceptance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Accept */
        post: operations["accept_contracting_api_v1_allocations__allocation_id__acceptance_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/allocations/{allocation_id}/amendments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Amend */
        post: operations["amend_contracting_api_v1_allocations__allocation_id__amendments_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/allocations/{allocation_id}/care-start": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Care started (JW305) */
        post: operations["start_care_contracting_api_v1_allocations__allocation_id__care_start_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/allocations/{allocation_id}/care-stop": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Care stopped (JW307) */
        post: operations["stop_care_contracting_api_v1_allocations__allocation_id__care_stop_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/allocations/{allocation_id}/ending": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** End early */
        post: operations["end_contracting_api_v1_allocations__allocation_id__ending_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/allocations/{allocation_id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** History */
        get: operations["history_contracting_api_v1_allocations__allocation_id__history_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/allocations/{allocation_id}/jw301": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The allocation as a JW301 message (iJw 3.2 shape; purpose required; audited) */
        get: operations["jw301_contracting_api_v1_allocations__allocation_id__jw301_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/allocations/{allocation_id}/refusal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Refuse */
        post: operations["refuse_contracting_api_v1_allocations__allocation_id__refusal_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/allocations/{allocation_id}/withdrawal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Withdraw */
        post: operations["withdraw_contracting_api_v1_allocations__allocation_id__withdrawal_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/allocations/searches": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Find a client's allocations by BSN (keyed hash; audited) */
        post: operations["search_contracting_api_v1_allocations_searches_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/audit-log": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Audit Log */
        get: operations["audit_log_contracting_api_v1_audit_log_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/budget-ceilings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List Ceilings */
        get: operations["list_ceilings_contracting_api_v1_budget_ceilings_get"];
        /** Set a municipality's budget ceiling for a year (BudgetCeilingSet) */
        put: operations["set_ceiling_contracting_api_v1_budget_ceilings_put"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/catalogue/merges": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Merge products into one */
        post: operations["merge_contracting_api_v1_catalogue_merges_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/catalogue/products": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Products of a region's catalogue */
        get: operations["list_products_contracting_api_v1_catalogue_products_get"];
        put?: never;
        /** Add Product */
        post: operations["add_product_contracting_api_v1_catalogue_products_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/catalogue/products/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get Product */
        get: operations["get_product_contracting_api_v1_catalogue_products__code__get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change Product */
        patch: operations["change_product_contracting_api_v1_catalogue_products__code__patch"];
        trace?: never;
    };
    "/catalogue/products/{code}/end": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** End Product */
        post: operations["end_product_contracting_api_v1_catalogue_products__code__end_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/catalogue/products/{code}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every change of a product, oldest first */
        get: operations["product_history_contracting_api_v1_catalogue_products__code__history_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/catalogue/products/{code}/opt-outs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A municipality stops buying this product */
        post: operations["opt_out_contracting_api_v1_catalogue_products__code__opt_outs_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/catalogue/products/{code}/replacement": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Replace Product */
        post: operations["replace_product_contracting_api_v1_catalogue_products__code__replacement_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/catalogue/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List Versions */
        get: operations["list_versions_contracting_api_v1_catalogue_versions_get"];
        put?: never;
        /** Publish a version (CataloguePublished) */
        post: operations["publish_contracting_api_v1_catalogue_versions_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/contracts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List Contracts */
        get: operations["list_contracts_contracting_api_v1_contracts_get"];
        put?: never;
        /** A contract in draft (sign it next) */
        post: operations["create_contract_contracting_api_v1_contracts_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/contracts/{contract_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get Contract */
        get: operations["get_contract_contracting_api_v1_contracts__contract_id__get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/contracts/{contract_id}/amendments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** New complete set of lines from a date */
        post: operations["amend_contracting_api_v1_contracts__contract_id__amendments_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/contracts/{contract_id}/extensions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Extend */
        post: operations["extend_contracting_api_v1_contracts__contract_id__extensions_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/contracts/{contract_id}/signature": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign a draft (ContractSigned) */
        post: operations["sign_contracting_api_v1_contracts__contract_id__signature_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/contracts/{contract_id}/termination": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Terminate */
        post: operations["terminate_contracting_api_v1_contracts__contract_id__termination_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/providers/{provider_id}/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Provider Status */
        get: operations["provider_status_contracting_api_v1_providers__provider_id__status_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tariffs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List Tariffs */
        get: operations["list_tariffs_contracting_api_v1_tariffs_get"];
        put?: never;
        /** Set Tariff */
        post: operations["set_tariff_contracting_api_v1_tariffs_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tariffs/indexations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Yearly indexation: a new period per tariff */
        post: operations["index_contracting_api_v1_tariffs_indexations_post"];
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
        /** AllocationAmend */
        AllocationAmend: {
            /**
             * Effectiveon
             * Format: date
             */
            effectiveOn: string;
            /** Enddate */
            endDate?: string | null;
            volume: components["schemas"]["VolumeIn-Input"];
        };
        /** AllocationCreate */
        AllocationCreate: {
            client: components["schemas"]["ClientIn"];
            /** Enddate */
            endDate?: string | null;
            /**
             * Municipalitycode
             * @example 0200
             */
            municipalityCode: string;
            /**
             * Productcode
             * @example 45A48
             */
            productCode: string;
            /**
             * Providerid
             * Format: uuid
             */
            providerId: string;
            /** Reason */
            reason: string;
            /**
             * Referrertype
             * @description iJw referrer code: 01 municipality (local team), 02 GP, 03 youth doctor, 04 certified institution, 05 medical specialist, 06 none
             */
            referrerType: string;
            /**
             * Startdate
             * Format: date
             */
            startDate: string;
            volume: components["schemas"]["VolumeIn-Input"];
        };
        /** AllocationDetail */
        AllocationDetail: {
            /** Acceptedat */
            acceptedAt?: string | null;
            /** Carestartedon */
            careStartedOn?: string | null;
            /** Carestoppedon */
            careStoppedOn?: string | null;
            /** @description Only with a purpose; every such read is audited */
            client?: components["schemas"]["ClientPublic"] | null;
            /**
             * Contractid
             * Format: uuid
             */
            contractId: string;
            /** Enddate */
            endDate?: string | null;
            /** Endedasplanned */
            endedAsPlanned?: boolean | null;
            /** Endedon */
            endedOn?: string | null;
            /** History */
            history: components["schemas"]["ChangePublic"][];
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /**
             * Issuedat
             * Format: date-time
             */
            issuedAt: string;
            /** Municipalitycode */
            municipalityCode: string;
            /** Number */
            number: number;
            /** Productcategory */
            productCategory: string;
            /** Productcode */
            productCode: string;
            /**
             * Providerid
             * Format: uuid
             */
            providerId: string;
            /** Reason */
            reason: string;
            /** Referrertype */
            referrerType: string;
            /** Refusalreason */
            refusalReason?: string | null;
            /** Refusedat */
            refusedAt?: string | null;
            /** Regioncode */
            regionCode: string;
            /**
             * Startdate
             * Format: date
             */
            startDate: string;
            /** Status */
            status: string;
            /** Stopreasoncode */
            stopReasonCode?: string | null;
            /**
             * Updatedat
             * Format: date-time
             */
            updatedAt: string;
            volume: components["schemas"]["VolumeIn-Output"];
            /** Withdrawnat */
            withdrawnAt?: string | null;
        };
        /** AllocationEnd */
        AllocationEnd: {
            /**
             * Endedon
             * Format: date
             */
            endedOn: string;
            /** Reason */
            reason: string;
        };
        /** AllocationFeed */
        AllocationFeed: {
            /** Items */
            items: components["schemas"]["AllocationPublic"][];
            /**
             * Nextcursor
             * @description Pass as changedSince to get what changed after these items
             */
            nextCursor: string;
        };
        /** AllocationPublic */
        AllocationPublic: {
            /** Acceptedat */
            acceptedAt?: string | null;
            /** Carestartedon */
            careStartedOn?: string | null;
            /** Carestoppedon */
            careStoppedOn?: string | null;
            /** @description Only with a purpose; every such read is audited */
            client?: components["schemas"]["ClientPublic"] | null;
            /**
             * Contractid
             * Format: uuid
             */
            contractId: string;
            /** Enddate */
            endDate?: string | null;
            /** Endedasplanned */
            endedAsPlanned?: boolean | null;
            /** Endedon */
            endedOn?: string | null;
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /**
             * Issuedat
             * Format: date-time
             */
            issuedAt: string;
            /** Municipalitycode */
            municipalityCode: string;
            /** Number */
            number: number;
            /** Productcategory */
            productCategory: string;
            /** Productcode */
            productCode: string;
            /**
             * Providerid
             * Format: uuid
             */
            providerId: string;
            /** Reason */
            reason: string;
            /** Referrertype */
            referrerType: string;
            /** Refusalreason */
            refusalReason?: string | null;
            /** Refusedat */
            refusedAt?: string | null;
            /** Regioncode */
            regionCode: string;
            /**
             * Startdate
             * Format: date
             */
            startDate: string;
            /** Status */
            status: string;
            /** Stopreasoncode */
            stopReasonCode?: string | null;
            /**
             * Updatedat
             * Format: date-time
             */
            updatedAt: string;
            volume: components["schemas"]["VolumeIn-Output"];
            /** Withdrawnat */
            withdrawnAt?: string | null;
        };
        /** AmendmentCreate */
        AmendmentCreate: {
            /**
             * Effectiveon
             * Format: date
             */
            effectiveOn: string;
            /** Lines */
            lines: components["schemas"]["LineIn"][];
            /** Reason */
            reason: string;
        };
        /** AmendmentPublic */
        AmendmentPublic: {
            /**
             * Effectiveon
             * Format: date
             */
            effectiveOn: string;
            /** Endson */
            endsOn?: string | null;
            /**
             * Kind
             * @enum {string}
             */
            kind: "created" | "admission" | "lines" | "extension" | "termination";
            /** Reason */
            reason: string;
            /**
             * Recordedat
             * Format: date-time
             */
            recordedAt: string;
        };
        /** AuditEntryPublic */
        AuditEntryPublic: {
            /** Action */
            action: string;
            /** Allocationid */
            allocationId?: string | null;
            /**
             * At
             * Format: date-time
             */
            at: string;
            /** Clienthash */
            clientHash: string;
            /** Id */
            id: number;
            /** Purpose */
            purpose: string;
            /** Role */
            role: string;
            /** Subject */
            subject: string;
        };
        /** AuditPage */
        AuditPage: {
            /** Items */
            items: components["schemas"]["AuditEntryPublic"][];
            /** Nextcursor */
            nextCursor?: string | null;
        };
        /** BudgetCeilingCreate */
        BudgetCeilingCreate: {
            /** Amount */
            amount: number | string;
            /**
             * Municipalitycode
             * @example 0200
             */
            municipalityCode: string;
            /** Providerid */
            providerId?: string | null;
            /** Year */
            year: number;
        };
        /** BudgetCeilingPublic */
        BudgetCeilingPublic: {
            /** Amount */
            amount: string;
            /**
             * Committed
             * @description Estimated cost that year of the allocations that count against it
             */
            committed: string;
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Municipalitycode */
            municipalityCode: string;
            /** Providerid */
            providerId?: string | null;
            /** Regioncode */
            regionCode: string;
            /**
             * Remaining
             * @description amount - committed; below zero when the ceiling was lowered under what is already allocated (those allocations stand, new ones are refused)
             */
            remaining: string;
            /** Year */
            year: number;
        };
        /** CareStartCreate */
        CareStartCreate: {
            /**
             * Startedon
             * Format: date
             */
            startedOn: string;
        };
        /** CareStopCreate */
        CareStopCreate: {
            /**
             * Reasoncode
             * @description iJw reden beeindiging, e.g. 02
             */
            reasonCode: string;
            /**
             * Stoppedon
             * Format: date
             */
            stoppedOn: string;
        };
        /** ChangePublic */
        ChangePublic: {
            /**
             * At
             * Format: date-time
             */
            at: string;
            /** Byrole */
            byRole: string;
            /** Change */
            change: string;
            /** Details */
            details: {
                [key: string]: unknown;
            };
            /** Status */
            status: string;
        };
        /** ClientIn */
        ClientIn: {
            /**
             * Birthdate
             * Format: date
             */
            birthDate: string;
            /**
             * Bsn
             * @description Citizen service number; must pass the eleven-test
             */
            bsn: string;
            /** Name */
            name: string;
        };
        /** ClientPublic */
        ClientPublic: {
            /**
             * Birthdate
             * Format: date
             */
            birthDate: string;
            /**
             * Bsn
             * @description Citizen service number; must pass the eleven-test
             */
            bsn: string;
            /** Name */
            name: string;
        };
        /** ClientSearch */
        ClientSearch: {
            /** Bsn */
            bsn: string;
        };
        /** ContractCreate */
        ContractCreate: {
            /**
             * Clientbsn
             * @description Bespoke agreements: the client
             */
            clientBsn?: string | null;
            /** Endson */
            endsOn?: string | null;
            /**
             * Extensionoptions
             * @default 0
             */
            extensionOptions: number;
            /**
             * Kind
             * @enum {string}
             */
            kind: "framework" | "bespoke" | "bridging" | "wind_down";
            /** Lines */
            lines: components["schemas"]["LineIn"][];
            /** Provideragb */
            providerAgb?: string | null;
            /**
             * Providerid
             * Format: uuid
             */
            providerId: string;
            /** Providername */
            providerName: string;
            /**
             * Regioncode
             * @example MIJOV
             */
            regionCode: string;
            /**
             * Startson
             * Format: date
             */
            startsOn: string;
        };
        /** ContractDetail */
        ContractDetail: {
            /** Amendments */
            amendments: components["schemas"]["AmendmentPublic"][];
            /**
             * Bespoke
             * @default false
             */
            bespoke: boolean;
            /** Endson */
            endsOn?: string | null;
            /** Extensionoptions */
            extensionOptions: number;
            /** Extensionsused */
            extensionsUsed: number;
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /**
             * Kind
             * @enum {string}
             */
            kind: "framework" | "bespoke" | "bridging" | "wind_down";
            /** Lines */
            lines: components["schemas"]["LinePublic"][];
            /**
             * Providerid
             * Format: uuid
             */
            providerId: string;
            /** Providername */
            providerName: string;
            /** Regioncode */
            regionCode: string;
            /** Signedat */
            signedAt?: string | null;
            /**
             * Startson
             * Format: date
             */
            startsOn: string;
            /**
             * Status
             * @enum {string}
             */
            status: "draft" | "active" | "terminated";
            /** Terminatedon */
            terminatedOn?: string | null;
            /** Terminationreason */
            terminationReason?: string | null;
        };
        /** ContractPublic */
        ContractPublic: {
            /**
             * Bespoke
             * @default false
             */
            bespoke: boolean;
            /** Endson */
            endsOn?: string | null;
            /** Extensionoptions */
            extensionOptions: number;
            /** Extensionsused */
            extensionsUsed: number;
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /**
             * Kind
             * @enum {string}
             */
            kind: "framework" | "bespoke" | "bridging" | "wind_down";
            /**
             * Providerid
             * Format: uuid
             */
            providerId: string;
            /** Providername */
            providerName: string;
            /** Regioncode */
            regionCode: string;
            /** Signedat */
            signedAt?: string | null;
            /**
             * Startson
             * Format: date
             */
            startsOn: string;
            /**
             * Status
             * @enum {string}
             */
            status: "draft" | "active" | "terminated";
            /** Terminatedon */
            terminatedOn?: string | null;
            /** Terminationreason */
            terminationReason?: string | null;
        };
        /** HTTPValidationError */
        HTTPValidationError: {
            /** Detail */
            detail?: components["schemas"]["ValidationError"][];
        };
        /** IndexationCreate */
        IndexationCreate: {
            /**
             * Effectiveon
             * Format: date
             */
            effectiveOn: string;
            /** Percentage */
            percentage: number | string;
            /**
             * Regioncode
             * @example MIJOV
             */
            regionCode: string;
        };
        /** LineIn */
        LineIn: {
            /**
             * Municipalitycode
             * @example 0200
             */
            municipalityCode: string;
            /**
             * Productcode
             * @example 45A48
             */
            productCode: string;
        };
        /** LinePublic */
        LinePublic: {
            /**
             * Municipalitycode
             * @example 0200
             */
            municipalityCode: string;
            /**
             * Productcode
             * @example 45A48
             */
            productCode: string;
            /**
             * Validfrom
             * Format: date
             */
            validFrom: string;
            /** Validto */
            validTo?: string | null;
        };
        /** MergeTarget */
        MergeTarget: {
            /** Caretype */
            careType?: string | null;
            /**
             * Category
             * @example 45
             */
            category: string;
            /**
             * Code
             * @example 45A48
             */
            code: string;
            /**
             * Crucialfunction
             * @default false
             */
            crucialFunction: boolean;
            /**
             * Description
             * @default
             */
            description: string;
            /**
             * Fundingform
             * @enum {string}
             */
            fundingForm: "inspanningsgericht" | "taakgericht" | "outputgericht";
            /** Name */
            name: string;
            /** Productgroup */
            productGroup: string;
            /**
             * Purchaselevel
             * @default regionaal
             * @enum {string}
             */
            purchaseLevel: "lokaal" | "regionaal" | "bovenregionaal" | "landelijk";
            /**
             * Residential
             * @default false
             */
            residential: boolean;
            /** Segment */
            segment?: string | null;
            /**
             * Unit
             * @enum {string}
             */
            unit: "minuut" | "uur" | "etmaal" | "dagdeel" | "stuk" | "euro";
        };
        /** OptOutCreate */
        OptOutCreate: {
            /** Endson */
            endsOn?: string | null;
            /**
             * Municipalitycode
             * @example 0200
             */
            municipalityCode: string;
            /**
             * Regioncode
             * @example MIJOV
             */
            regionCode: string;
            /**
             * Startson
             * Format: date
             */
            startsOn: string;
        };
        /** OptOutPublic */
        OptOutPublic: {
            /** Endson */
            endsOn?: string | null;
            /** Municipalitycode */
            municipalityCode: string;
            /**
             * Startson
             * Format: date
             */
            startsOn: string;
        };
        /** ProductCreate */
        ProductCreate: {
            /** Caretype */
            careType?: string | null;
            /**
             * Category
             * @example 45
             */
            category: string;
            /**
             * Code
             * @example 45A48
             */
            code: string;
            /**
             * Crucialfunction
             * @default false
             */
            crucialFunction: boolean;
            /**
             * Description
             * @default
             */
            description: string;
            /**
             * Fundingform
             * @enum {string}
             */
            fundingForm: "inspanningsgericht" | "taakgericht" | "outputgericht";
            /** Name */
            name: string;
            /** Productgroup */
            productGroup: string;
            /**
             * Purchaselevel
             * @default regionaal
             * @enum {string}
             */
            purchaseLevel: "lokaal" | "regionaal" | "bovenregionaal" | "landelijk";
            /**
             * Regioncode
             * @example MIJOV
             */
            regionCode: string;
            /**
             * Residential
             * @default false
             */
            residential: boolean;
            /** Segment */
            segment?: string | null;
            /**
             * Unit
             * @enum {string}
             */
            unit: "minuut" | "uur" | "etmaal" | "dagdeel" | "stuk" | "euro";
            /**
             * Validfrom
             * Format: date
             */
            validFrom: string;
        };
        /** ProductEnd */
        ProductEnd: {
            /**
             * Effectiveon
             * Format: date
             */
            effectiveOn: string;
            /** Reason */
            reason: string;
            /**
             * Regioncode
             * @example MIJOV
             */
            regionCode: string;
        };
        /** ProductMerge */
        ProductMerge: {
            /**
             * Effectiveon
             * Format: date
             */
            effectiveOn: string;
            /**
             * Regioncode
             * @example MIJOV
             */
            regionCode: string;
            /** Sourcecodes */
            sourceCodes: string[];
            /** @description Or a new product the sources merge into */
            target?: components["schemas"]["MergeTarget"] | null;
            /**
             * Targetcode
             * @description An existing product the sources merge into
             */
            targetCode?: string | null;
        };
        /** ProductPublic */
        ProductPublic: {
            /** Caretype */
            careType?: string | null;
            /**
             * Category
             * @example 45
             */
            category: string;
            /** Code */
            code: string;
            /**
             * Crucialfunction
             * @default false
             */
            crucialFunction: boolean;
            /**
             * Description
             * @default
             */
            description: string;
            /**
             * Fundingform
             * @enum {string}
             */
            fundingForm: "inspanningsgericht" | "taakgericht" | "outputgericht";
            /** Name */
            name: string;
            /**
             * Optouts
             * @default []
             */
            optOuts: components["schemas"]["OptOutPublic"][];
            /** Productgroup */
            productGroup: string;
            /**
             * Purchaselevel
             * @default regionaal
             * @enum {string}
             */
            purchaseLevel: "lokaal" | "regionaal" | "bovenregionaal" | "landelijk";
            /** Regioncode */
            regionCode: string;
            /** Replacedby */
            replacedBy?: string | null;
            /**
             * Residential
             * @default false
             */
            residential: boolean;
            /** Segment */
            segment?: string | null;
            /**
             * Unit
             * @enum {string}
             */
            unit: "minuut" | "uur" | "etmaal" | "dagdeel" | "stuk" | "euro";
            /**
             * Validfrom
             * Format: date
             */
            validFrom: string;
            /** Validto */
            validTo?: string | null;
        };
        /** ProductReplace */
        ProductReplace: {
            /**
             * Effectiveon
             * Format: date
             */
            effectiveOn: string;
            /**
             * Regioncode
             * @example MIJOV
             */
            regionCode: string;
            /**
             * Replacedby
             * @example 45A48
             */
            replacedBy: string;
        };
        /** ProductUpdate */
        ProductUpdate: {
            /** Caretype */
            careType?: string | null;
            /** Crucialfunction */
            crucialFunction?: boolean | null;
            /** Description */
            description?: string | null;
            /**
             * Effectiveon
             * Format: date
             */
            effectiveOn: string;
            /** Fundingform */
            fundingForm?: ("inspanningsgericht" | "taakgericht" | "outputgericht") | null;
            /** Name */
            name?: string | null;
            /** Productgroup */
            productGroup?: string | null;
            /** Purchaselevel */
            purchaseLevel?: ("lokaal" | "regionaal" | "bovenregionaal" | "landelijk") | null;
            /**
             * Regioncode
             * @example MIJOV
             */
            regionCode: string;
            /** Residential */
            residential?: boolean | null;
            /** Segment */
            segment?: string | null;
        };
        /** ProviderStatusPublic */
        ProviderStatusPublic: {
            /** Clientstop */
            clientStop: boolean;
            /** Exited */
            exited: boolean;
            /**
             * Providerid
             * Format: uuid
             */
            providerId: string;
            /** Restrictions */
            restrictions: components["schemas"]["RestrictionPublic"][];
            /** Suspended */
            suspended: boolean;
        };
        /** RefusalCreate */
        RefusalCreate: {
            /** Reason */
            reason: string;
        };
        /** RestrictionPublic */
        RestrictionPublic: {
            /** Endson */
            endsOn?: string | null;
            /**
             * Enforcementid
             * Format: uuid
             */
            enforcementId: string;
            /**
             * Kind
             * @enum {string}
             */
            kind: "client_stop" | "suspension" | "exit";
            /** Municipalitycodes */
            municipalityCodes: string[];
            /** Reason */
            reason: string;
            /**
             * Startson
             * Format: date
             */
            startsOn: string;
        };
        /** RevisionPublic */
        RevisionPublic: {
            /** Catalogueversion */
            catalogueVersion?: number | null;
            /** Change */
            change: string;
            /** Code */
            code: string;
            /**
             * Effectiveon
             * Format: date
             */
            effectiveOn: string;
            /** Note */
            note?: string | null;
            /**
             * Recordedat
             * Format: date-time
             */
            recordedAt: string;
            /** Regioncode */
            regionCode: string;
            /** Snapshot */
            snapshot: {
                [key: string]: unknown;
            };
        };
        /** TariffCreate */
        TariffCreate: {
            /** Amount */
            amount: number | string;
            /**
             * Productcode
             * @example 45A48
             */
            productCode: string;
            /**
             * Regioncode
             * @example MIJOV
             */
            regionCode: string;
            /**
             * Validfrom
             * Format: date
             */
            validFrom: string;
            /** Validto */
            validTo?: string | null;
        };
        /** TariffPublic */
        TariffPublic: {
            /** Amount */
            amount: string;
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Indexationpercentage */
            indexationPercentage?: string | null;
            /** Productcode */
            productCode: string;
            /** Regioncode */
            regionCode: string;
            /** Unit */
            unit: string;
            /**
             * Validfrom
             * Format: date
             */
            validFrom: string;
            /** Validto */
            validTo?: string | null;
        };
        /** TerminationCreate */
        TerminationCreate: {
            /** Reason */
            reason: string;
            /**
             * Terminatedon
             * Format: date
             */
            terminatedOn: string;
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
        /** VersionCreate */
        VersionCreate: {
            /**
             * Effectiveon
             * Format: date
             */
            effectiveOn: string;
            /**
             * Regioncode
             * @example MIJOV
             */
            regionCode: string;
        };
        /** VersionPublic */
        VersionPublic: {
            /**
             * Effectiveon
             * Format: date
             */
            effectiveOn: string;
            /** Productcount */
            productCount: number;
            /**
             * Publishedat
             * Format: date-time
             */
            publishedAt: string;
            /** Regioncode */
            regionCode: string;
            /** Version */
            version: number;
        };
        /** VolumeIn */
        "VolumeIn-Input": {
            /** Amount */
            amount: number | string;
            /**
             * Frequency
             * @enum {string}
             */
            frequency: "per_dag" | "per_week" | "per_vier_weken" | "per_maand" | "per_jaar" | "totaal";
            /**
             * Unit
             * @enum {string}
             */
            unit: "minuut" | "uur" | "etmaal" | "dagdeel" | "stuk" | "euro";
        };
        /** VolumeIn */
        "VolumeIn-Output": {
            /** Amount */
            amount: string;
            /**
             * Frequency
             * @enum {string}
             */
            frequency: "per_dag" | "per_week" | "per_vier_weken" | "per_maand" | "per_jaar" | "totaal";
            /**
             * Unit
             * @enum {string}
             */
            unit: "minuut" | "uur" | "etmaal" | "dagdeel" | "stuk" | "euro";
        };
        /** WithdrawalCreate */
        WithdrawalCreate: {
            /** Reason */
            reason: string;
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
    feed_contracting_api_v1_allocations_get: {
        parameters: {
            query?: {
                changedSince?: string | null;
                limit?: number;
                municipality?: string | null;
                provider?: string | null;
                /** @description Why client data is read (audited) */
                purpose?: string | null;
            };
            header?: {
                "X-Purpose"?: string | null;
            };
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
                    "application/json": components["schemas"]["AllocationFeed"];
                };
            };
            /** @description Ongeldige invoer */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                };
            };
            /** @description Niet aangemeld */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                };
            };
            /** @description Geen toegang */
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
    issue_contracting_api_v1_allocations_post: {
        parameters: {
            query?: never;
            header?: {
                /** @description Unique key per intended write; a retry sends the same key */
                "Idempotency-Key"?: string | null;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AllocationCreate"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AllocationPublic"];
                };
            };
            /** @description Ongeldige invoer */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                };
            };
            /** @description Niet aangemeld */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                };
            };
            /** @description Geen toegang */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                };
            };
            /** @description Conflict met de huidige toestand */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                };
            };
            /** @description Voldoet niet aan de regels */
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
    get_allocation_contracting_api_v1_allocations__allocation_id__get: {
        parameters: {
            query?: {
                /** @description Why client data is read (audited) */
                purpose?: string | null;
            };
            header?: {
                "X-Purpose"?: string | null;
            };
            path: {
                allocation_id: string;
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
                    "application/json": components["schemas"]["AllocationDetail"];
                };
            };
            /** @description Ongeldige invoer */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                };
            };
            /** @description Niet aangemeld */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                };
            };
            /** @description Geen toegang */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                };
            };
            /** @description Niet gevonden */
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
    accept_contracting_api_v1_allocations__allocation_id__acceptance_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                allocation_id: string;
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
                    "application/json": components["schemas"]["AllocationPublic"];
                };
            };
            /** @description Niet aangemeld */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                };
            };
            /** @description Geen toegang */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                };
            };
            /** @description Niet gevonden */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                };
            };
            /** @description Conflict met de huidige toestand */
            409: {
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
    amend_contracting_api_v1_allocations__allocation_id__amendments_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                allocation_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AllocationAmend"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AllocationPublic"];
                };
            };
            /** @description Ongeldige invoer */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                };
            };
            /** @description Niet aangemeld */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                };
            };
            /** @description Geen toegang */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                };
            };
            /** @description Niet gevonden */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                };
            };
            /** @description Conflict met de huidige toestand */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                };
            };
            /** @description Voldoet niet aan de regels */
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
    start_care_contracting_api_v1_allocations__allocation_id__care_start_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                allocation_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CareStartCreate"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AllocationPublic"];
                };
            };
            /** @description Ongeldige invoer */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                };
            };
            /** @description Niet aangemeld */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                };
            };
            /** @description Geen toegang */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                };
            };
            /** @description Niet gevonden */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                };
            };
            /** @description Conflict met de huidige toestand */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                };
            };
            /** @description Voldoet niet aan de regels */
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
    stop_care_contracting_api_v1_allocations__allocation_id__care_stop_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                allocation_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CareStopCreate"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AllocationPublic"];
                };
            };
            /** @description Ongeldige invoer */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                };
            };
            /** @description Niet aangemeld */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                };
            };
            /** @description Geen toegang */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                };
            };
            /** @description Niet gevonden */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                };
            };
            /** @description Conflict met de huidige toestand */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                };
            };
            /** @description Voldoet niet aan de regels */
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
    end_contracting_api_v1_allocations__allocation_id__ending_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                allocation_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AllocationEnd"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AllocationPublic"];
                };
            };
            /** @description Ongeldige invoer */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                };
            };
            /** @description Niet aangemeld */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                };
            };
            /** @description Geen toegang */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                };
            };
            /** @description Niet gevonden */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                };
            };
            /** @description Conflict met de huidige toestand */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                };
            };
            /** @description Voldoet niet aan de regels */
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
    history_contracting_api_v1_allocations__allocation_id__history_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                allocation_id: string;
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
                    "application/json": components["schemas"]["ChangePublic"][];
                };
            };
            /** @description Niet aangemeld */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                };
            };
            /** @description Niet gevonden */
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
    jw301_contracting_api_v1_allocations__allocation_id__jw301_get: {
        parameters: {
            query?: {
                /** @description Why client data is read (audited) */
                purpose?: string | null;
            };
            header?: {
                "X-Purpose"?: string | null;
            };
            path: {
                allocation_id: string;
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
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Ongeldige invoer */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                };
            };
            /** @description Niet aangemeld */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                };
            };
            /** @description Geen toegang */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                };
            };
            /** @description Niet gevonden */
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
    refuse_contracting_api_v1_allocations__allocation_id__refusal_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                allocation_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RefusalCreate"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AllocationPublic"];
                };
            };
            /** @description Ongeldige invoer */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                };
            };
            /** @description Niet aangemeld */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                };
            };
            /** @description Geen toegang */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                };
            };
            /** @description Niet gevonden */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                };
            };
            /** @description Conflict met de huidige toestand */
            409: {
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
    withdraw_contracting_api_v1_allocations__allocation_id__withdrawal_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                allocation_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WithdrawalCreate"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AllocationPublic"];
                };
            };
            /** @description Ongeldige invoer */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                };
            };
            /** @description Niet aangemeld */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                };
            };
            /** @description Geen toegang */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                };
            };
            /** @description Niet gevonden */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                };
            };
            /** @description Conflict met de huidige toestand */
            409: {
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
    search_contracting_api_v1_allocations_searches_post: {
        parameters: {
            query?: {
                /** @description Why client data is read (audited) */
                purpose?: string | null;
            };
            header?: {
                "X-Purpose"?: string | null;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ClientSearch"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AllocationPublic"][];
                };
            };
            /** @description Ongeldige invoer */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                };
            };
            /** @description Niet aangemeld */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                };
            };
            /** @description Geen toegang */
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
    audit_log_contracting_api_v1_audit_log_get: {
        parameters: {
            query?: {
                allocation?: string | null;
                clientBsn?: string | null;
                cursor?: string | null;
                limit?: number;
                subject?: string | null;
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
                    "application/json": components["schemas"]["AuditPage"];
                };
            };
            /** @description Ongeldige invoer */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                };
            };
            /** @description Niet aangemeld */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                };
            };
            /** @description Geen toegang */
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
    list_ceilings_contracting_api_v1_budget_ceilings_get: {
        parameters: {
            query?: {
                municipality?: string | null;
                year?: number | null;
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
                    "application/json": components["schemas"]["BudgetCeilingPublic"][];
                };
            };
            /** @description Ongeldige invoer */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                };
            };
            /** @description Niet aangemeld */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                };
            };
            /** @description Geen toegang */
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
    set_ceiling_contracting_api_v1_budget_ceilings_put: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BudgetCeilingCreate"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BudgetCeilingPublic"];
                };
            };
            /** @description Ongeldige invoer */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                };
            };
            /** @description Niet aangemeld */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                };
            };
            /** @description Geen toegang */
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
    merge_contracting_api_v1_catalogue_merges_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProductMerge"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProductPublic"];
                };
            };
            /** @description Ongeldige invoer */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                };
            };
            /** @description Niet aangemeld */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                };
            };
            /** @description Geen toegang */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                };
            };
            /** @description Niet gevonden */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                };
            };
            /** @description Conflict met de huidige toestand */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                };
            };
            /** @description Voldoet niet aan de regels */
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
    list_products_contracting_api_v1_catalogue_products_get: {
        parameters: {
            query: {
                includeEnded?: boolean;
                onDate?: string | null;
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
                    "application/json": components["schemas"]["ProductPublic"][];
                };
            };
            /** @description Ongeldige invoer */
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
    add_product_contracting_api_v1_catalogue_products_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProductCreate"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProductPublic"];
                };
            };
            /** @description Ongeldige invoer */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                };
            };
            /** @description Niet aangemeld */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                };
            };
            /** @description Geen toegang */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                };
            };
            /** @description Conflict met de huidige toestand */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                };
            };
            /** @description Voldoet niet aan de regels */
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
    get_product_contracting_api_v1_catalogue_products__code__get: {
        parameters: {
            query: {
                region: string;
            };
            header?: never;
            path: {
                code: string;
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
                    "application/json": components["schemas"]["ProductPublic"];
                };
            };
            /** @description Ongeldige invoer */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                };
            };
            /** @description Niet gevonden */
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
    change_product_contracting_api_v1_catalogue_products__code__patch: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProductUpdate"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProductPublic"];
                };
            };
            /** @description Ongeldige invoer */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                };
            };
            /** @description Niet aangemeld */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                };
            };
            /** @description Geen toegang */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                };
            };
            /** @description Niet gevonden */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                };
            };
            /** @description Voldoet niet aan de regels */
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
    end_product_contracting_api_v1_catalogue_products__code__end_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProductEnd"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProductPublic"];
                };
            };
            /** @description Ongeldige invoer */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                };
            };
            /** @description Niet aangemeld */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                };
            };
            /** @description Geen toegang */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                };
            };
            /** @description Niet gevonden */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                };
            };
            /** @description Conflict met de huidige toestand */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                };
            };
            /** @description Voldoet niet aan de regels */
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
    product_history_contracting_api_v1_catalogue_products__code__history_get: {
        parameters: {
            query?: {
                region?: string | null;
            };
            header?: never;
            path: {
                code: string;
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
                    "application/json": components["schemas"]["RevisionPublic"][];
                };
            };
            /** @description Ongeldige invoer */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                };
            };
            /** @description Niet gevonden */
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
    opt_out_contracting_api_v1_catalogue_products__code__opt_outs_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OptOutCreate"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProductPublic"];
                };
            };
            /** @description Ongeldige invoer */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                };
            };
            /** @description Niet aangemeld */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                };
            };
            /** @description Geen toegang */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                };
            };
            /** @description Niet gevonden */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                };
            };
            /** @description Voldoet niet aan de regels */
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
    replace_product_contracting_api_v1_catalogue_products__code__replacement_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProductReplace"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProductPublic"];
                };
            };
            /** @description Ongeldige invoer */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                };
            };
            /** @description Niet aangemeld */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                };
            };
            /** @description Geen toegang */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                };
            };
            /** @description Niet gevonden */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                };
            };
            /** @description Conflict met de huidige toestand */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                };
            };
            /** @description Voldoet niet aan de regels */
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
    list_versions_contracting_api_v1_catalogue_versions_get: {
        parameters: {
            query: {
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
                    "application/json": components["schemas"]["VersionPublic"][];
                };
            };
            /** @description Ongeldige invoer */
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
    publish_contracting_api_v1_catalogue_versions_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["VersionCreate"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VersionPublic"];
                };
            };
            /** @description Ongeldige invoer */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                };
            };
            /** @description Niet aangemeld */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                };
            };
            /** @description Geen toegang */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                };
            };
            /** @description Voldoet niet aan de regels */
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
    list_contracts_contracting_api_v1_contracts_get: {
        parameters: {
            query?: {
                provider?: string | null;
                region?: string | null;
                status?: string | null;
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
                    "application/json": components["schemas"]["ContractPublic"][];
                };
            };
            /** @description Ongeldige invoer */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                };
            };
            /** @description Niet aangemeld */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                };
            };
            /** @description Geen toegang */
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
    create_contract_contracting_api_v1_contracts_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ContractCreate"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContractDetail"];
                };
            };
            /** @description Ongeldige invoer */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                };
            };
            /** @description Niet aangemeld */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                };
            };
            /** @description Geen toegang */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                };
            };
            /** @description Voldoet niet aan de regels */
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
    get_contract_contracting_api_v1_contracts__contract_id__get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                contract_id: string;
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
                    "application/json": components["schemas"]["ContractDetail"];
                };
            };
            /** @description Niet aangemeld */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                };
            };
            /** @description Niet gevonden */
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
    amend_contracting_api_v1_contracts__contract_id__amendments_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                contract_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AmendmentCreate"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContractDetail"];
                };
            };
            /** @description Ongeldige invoer */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                };
            };
            /** @description Niet aangemeld */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                };
            };
            /** @description Geen toegang */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                };
            };
            /** @description Niet gevonden */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                };
            };
            /** @description Conflict met de huidige toestand */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                };
            };
            /** @description Voldoet niet aan de regels */
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
    extend_contracting_api_v1_contracts__contract_id__extensions_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                contract_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContractDetail"];
                };
            };
            /** @description Niet aangemeld */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                };
            };
            /** @description Geen toegang */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                };
            };
            /** @description Niet gevonden */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                };
            };
            /** @description Conflict met de huidige toestand */
            409: {
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
    sign_contracting_api_v1_contracts__contract_id__signature_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                contract_id: string;
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
                    "application/json": components["schemas"]["ContractDetail"];
                };
            };
            /** @description Niet aangemeld */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                };
            };
            /** @description Geen toegang */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                };
            };
            /** @description Niet gevonden */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                };
            };
            /** @description Conflict met de huidige toestand */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                };
            };
            /** @description Voldoet niet aan de regels */
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
    terminate_contracting_api_v1_contracts__contract_id__termination_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                contract_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TerminationCreate"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContractDetail"];
                };
            };
            /** @description Ongeldige invoer */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                };
            };
            /** @description Niet aangemeld */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                };
            };
            /** @description Geen toegang */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                };
            };
            /** @description Niet gevonden */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                };
            };
            /** @description Conflict met de huidige toestand */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                };
            };
            /** @description Voldoet niet aan de regels */
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
    provider_status_contracting_api_v1_providers__provider_id__status_get: {
        parameters: {
            query?: {
                onDate?: string | null;
            };
            header?: never;
            path: {
                provider_id: string;
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
                    "application/json": components["schemas"]["ProviderStatusPublic"];
                };
            };
            /** @description Niet aangemeld */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                };
            };
            /** @description Geen toegang */
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
    list_tariffs_contracting_api_v1_tariffs_get: {
        parameters: {
            query: {
                onDate?: string | null;
                product?: string | null;
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
                    "application/json": components["schemas"]["TariffPublic"][];
                };
            };
            /** @description Ongeldige invoer */
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
    set_tariff_contracting_api_v1_tariffs_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TariffCreate"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TariffPublic"];
                };
            };
            /** @description Ongeldige invoer */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                };
            };
            /** @description Niet aangemeld */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                };
            };
            /** @description Geen toegang */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                };
            };
            /** @description Niet gevonden */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                };
            };
            /** @description Conflict met de huidige toestand */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                };
            };
            /** @description Voldoet niet aan de regels */
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
    index_contracting_api_v1_tariffs_indexations_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["IndexationCreate"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TariffPublic"][];
                };
            };
            /** @description Ongeldige invoer */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                };
            };
            /** @description Niet aangemeld */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                };
            };
            /** @description Geen toegang */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                };
            };
            /** @description Conflict met de huidige toestand */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                };
            };
            /** @description Voldoet niet aan de regels */
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
}
