// generated — do not edit. Source: frontend/openapi/admission.json; regenerate with `npm run gen:api`.

export interface paths {
    "/applications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List applications
         * @description A provider sees its own applications; region staff those of their region; admin all.
         */
        get: operations["listApplications"];
        put?: never;
        /** Apply for admission (products or product groups × municipalities) */
        post: operations["createApplication"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/applications/{application_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get Application */
        get: operations["getApplication"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/applications/{application_id}/admission": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Admit the provider for the applied products × municipalities */
        post: operations["admitApplication"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/applications/{application_id}/dialogue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Move to the dialogue (every requirement approved) */
        post: operations["moveToDialogue"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/applications/{application_id}/dialogue-sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record a dialogue session (at most the region's number) */
        post: operations["recordDialogueSession"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/applications/{application_id}/evidence": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Upload a document for one requirement (PDF, PNG or JPEG; multipart/form-data) */
        post: operations["uploadEvidence"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/applications/{application_id}/evidence-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Ask the provider for (more) evidence for a requirement */
        post: operations["requestEvidence"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/applications/{application_id}/evidence/{evidence_id}/content": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download a document */
        get: operations["downloadEvidence"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/applications/{application_id}/rejection": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reject, with reasons */
        post: operations["rejectApplication"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/applications/{application_id}/screening": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start screening */
        post: operations["startScreening"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/applications/{application_id}/verdicts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record the verdict on one requirement (approved / rejected with a reason) */
        post: operations["recordVerdict"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/applications/{application_id}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Withdraw the application (the provider) */
        post: operations["withdrawApplication"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/closed-product-groups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List Closed Product Groups */
        get: operations["listClosedProductGroups"];
        put?: never;
        /** Close a product group in a municipality; retry safely with the same Idempotency-Key */
        post: operations["closeProductGroup"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/closed-product-groups/{closed_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Reopen a closed product group */
        delete: operations["reopenProductGroup"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/enforcements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Measures in a region (region staff and analysts) */
        get: operations["listEnforcements"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/enforcements/{enforcement_id}/lift": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Lift a client stop, suspension or improvement offer */
        post: operations["liftEnforcement"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/intake-windows": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List Intake Windows */
        get: operations["listIntakeWindows"];
        put?: never;
        /** Open an intake window (regular or interim for one product group); retry safely with the same Idempotency-Key */
        post: operations["createIntakeWindow"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/intake-windows/{window_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete an intake window that has not opened yet */
        delete: operations["deleteIntakeWindow"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/providers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List providers
         * @description With `regionCode`: the providers that applied in that region (`admitted`: with an admission there).
         */
        get: operations["listProviders"];
        put?: never;
        /** Register a provider (a provider registers itself) */
        post: operations["createProvider"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/providers/{provider_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a provider */
        get: operations["getProvider"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a provider's details */
        patch: operations["updateProvider"];
        trace?: never;
    };
    "/providers/{provider_id}/enforcements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List Provider Enforcements */
        get: operations["listProviderEnforcements"];
        put?: never;
        /** Impose a measure: improvement offer, fine, client stop, suspension or exit */
        post: operations["imposeEnforcement"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/regions/{region_code}/admission-rules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The region's admission rules and the product groups one can apply for */
        get: operations["getAdmissionRules"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/requirements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List requirements */
        get: operations["listRequirements"];
        put?: never;
        /** Add a requirement (region staff) */
        post: operations["createRequirement"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/requirements/{requirement_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get Requirement */
        get: operations["getRequirement"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change or deactivate a requirement (region staff) */
        patch: operations["updateRequirement"];
        trace?: never;
    };
    "/work-queue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Applications needing action and open signals (exit candidates, supply gaps) */
        get: operations["getWorkQueue"];
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
        /** Address */
        Address: {
            /** City */
            city: string;
            /** Housenumber */
            houseNumber: string;
            /**
             * Kind
             * @default visit
             * @enum {string}
             */
            kind: "visit" | "postal" | "location";
            /** Postalcode */
            postalCode: string;
            /** Street */
            street: string;
        };
        /** AdmitCreate */
        AdmitCreate: {
            /** Admittedon */
            admittedOn?: string | null;
            /**
             * Reasons
             * @default []
             */
            reasons: string[];
        };
        /** ApplicationCreate */
        ApplicationCreate: {
            /** Municipalitycodes */
            municipalityCodes: string[];
            /**
             * Productcodes
             * @default []
             */
            productCodes: string[];
            /**
             * Productgroups
             * @default []
             */
            productGroups: string[];
            /**
             * Providerid
             * @description Defaults to the provider of the token
             */
            providerId?: string | null;
            /** Regioncode */
            regionCode: string;
        };
        /** ApplicationPublic */
        ApplicationPublic: {
            /** Admittedon */
            admittedOn: string | null;
            decided: components["schemas"]["Who"] | null;
            /** Decisionreasons */
            decisionReasons: string[];
            /** Dialoguesessions */
            dialogueSessions: components["schemas"]["DialogueSessionPublic"][];
            /** Evidence */
            evidence: components["schemas"]["EvidencePublic"][];
            /** History */
            history: components["schemas"]["StepPublic"][];
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Maxdialoguesessions */
            maxDialogueSessions: number;
            /** Municipalitycodes */
            municipalityCodes: string[];
            /** Productcodes */
            productCodes: string[];
            /** Productgroups */
            productGroups: string[];
            /**
             * Providerid
             * Format: uuid
             */
            providerId: string;
            /** Providername */
            providerName: string;
            /** Regioncode */
            regionCode: string;
            /** Requirements */
            requirements: components["schemas"]["RequirementStatus"][];
            status: components["schemas"]["Status"];
            submitted: components["schemas"]["Who"];
            /**
             * Submittedat
             * Format: date-time
             */
            submittedAt: string;
            /**
             * Updatedat
             * Format: date-time
             */
            updatedAt: string;
        };
        /** ApplicationSummary */
        ApplicationSummary: {
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Municipalitycodes */
            municipalityCodes: string[];
            /** Productcodes */
            productCodes: string[];
            /** Productgroups */
            productGroups: string[];
            /**
             * Providerid
             * Format: uuid
             */
            providerId: string;
            /** Providername */
            providerName: string;
            /** Regioncode */
            regionCode: string;
            status: components["schemas"]["Status"];
            /**
             * Submittedat
             * Format: date-time
             */
            submittedAt: string;
            /**
             * Updatedat
             * Format: date-time
             */
            updatedAt: string;
        };
        /** Body_uploadEvidence */
        Body_uploadEvidence: {
            /**
             * File
             * @description PDF, PNG or JPEG
             */
            file: string;
            /** Requirementcode */
            requirementCode: string;
            /** Validuntil */
            validUntil?: string | null;
        };
        /** ClosedProductGroupCreate */
        ClosedProductGroupCreate: {
            /**
             * Closedon
             * Format: date
             */
            closedOn: string;
            /** Municipalitycode */
            municipalityCode: string;
            /** Productgroup */
            productGroup: string;
            /** Reason */
            reason: string;
            /** Regioncode */
            regionCode: string;
        };
        /** ClosedProductGroupPublic */
        ClosedProductGroupPublic: {
            /**
             * Closedon
             * Format: date
             */
            closedOn: string;
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Municipalitycode */
            municipalityCode: string;
            /** Productgroup */
            productGroup: string;
            /** Reason */
            reason: string;
            /** Regioncode */
            regionCode: string;
        };
        /** Contact */
        Contact: {
            /** Email */
            email?: string | null;
            /** Name */
            name: string;
            /** Phone */
            phone?: string | null;
            /** Role */
            role?: string | null;
        };
        /** DialogueSessionCreate */
        DialogueSessionCreate: {
            /**
             * Heldon
             * Format: date
             */
            heldOn: string;
            /**
             * Notes
             * @default
             */
            notes: string;
        };
        /** DialogueSessionPublic */
        DialogueSessionPublic: {
            /**
             * Heldon
             * Format: date
             */
            heldOn: string;
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Notes */
            notes: string;
            /** Number */
            number: number;
            recorded: components["schemas"]["Who"];
        };
        /** EnforcementCreate */
        EnforcementCreate: {
            /**
             * Amount
             * @description Only for an administrative fine, in euros
             */
            amount?: number | string | null;
            /** Endson */
            endsOn?: string | null;
            kind: components["schemas"]["EnforcementKind"];
            /**
             * Municipalitycodes
             * @description Only for an exit; empty means all
             * @default []
             */
            municipalityCodes: string[];
            /** Reason */
            reason: string;
            /** Regioncode */
            regionCode: string;
            /**
             * Startson
             * Format: date
             */
            startsOn: string;
        };
        /**
         * EnforcementKind
         * @enum {string}
         */
        EnforcementKind: "improvement_offer" | "administrative_fine" | "client_stop" | "suspension" | "exit";
        /** EnforcementLift */
        EnforcementLift: {
            /**
             * Liftedon
             * Format: date
             */
            liftedOn: string;
            /** Reason */
            reason: string;
        };
        /** EnforcementPublic */
        EnforcementPublic: {
            /** Active */
            active: boolean;
            /** Amount */
            amount: string | null;
            created: components["schemas"]["Who"];
            /** Endson */
            endsOn: string | null;
            /**
             * Id
             * Format: uuid
             */
            id: string;
            kind: components["schemas"]["EnforcementKind"];
            /** Liftedon */
            liftedOn: string | null;
            /** Liftreason */
            liftReason: string | null;
            /** Municipalitycodes */
            municipalityCodes: string[];
            /**
             * Providerid
             * Format: uuid
             */
            providerId: string;
            /** Reason */
            reason: string;
            /** Regioncode */
            regionCode: string;
            /**
             * Startson
             * Format: date
             */
            startsOn: string;
        };
        /** EvidencePublic */
        EvidencePublic: {
            /** Evidencetype */
            evidenceType: string;
            /** Filename */
            filename: string;
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Mediatype */
            mediaType: string;
            /** Requirementcode */
            requirementCode: string;
            /** Sha256 */
            sha256: string;
            /** Size */
            size: number;
            uploaded: components["schemas"]["Who"];
            /** Validuntil */
            validUntil: string | null;
        };
        /** EvidenceRequestCreate */
        EvidenceRequestCreate: {
            /** Message */
            message: string;
            /** Requirementcode */
            requirementCode: string;
        };
        /**
         * EvidenceType
         * @enum {string}
         */
        EvidenceType: "kvk_extract" | "skj_registration" | "big_registration" | "quality_system" | "vog" | "diplomas" | "governance_code" | "wnt_statement" | "insurance";
        /** HTTPValidationError */
        HTTPValidationError: {
            /** Detail */
            detail?: components["schemas"]["ValidationError"][];
        };
        /** IntakeWindowCreate */
        IntakeWindowCreate: {
            /**
             * Closeson
             * Format: date
             */
            closesOn: string;
            /** @default regular */
            kind: components["schemas"]["WindowKind"];
            /**
             * Name
             * @default
             */
            name: string;
            /**
             * Openson
             * Format: date
             */
            opensOn: string;
            /**
             * Productgroup
             * @description Only for an interim opening
             */
            productGroup?: string | null;
            /** Regioncode */
            regionCode: string;
        };
        /** IntakeWindowPublic */
        IntakeWindowPublic: {
            /**
             * Closeson
             * Format: date
             */
            closesOn: string;
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** @default regular */
            kind: components["schemas"]["WindowKind"];
            /**
             * Name
             * @default
             */
            name: string;
            /** Opennow */
            openNow: boolean;
            /**
             * Openson
             * Format: date
             */
            opensOn: string;
            /**
             * Productgroup
             * @description Only for an interim opening
             */
            productGroup?: string | null;
            /** Regioncode */
            regionCode: string;
        };
        /**
         * Layer
         * @enum {string}
         */
        Layer: "general" | "product_group" | "care_type" | "product";
        /** Page[ApplicationSummary] */
        Page_ApplicationSummary_: {
            /** Items */
            items: components["schemas"]["ApplicationSummary"][];
            /** Nextcursor */
            nextCursor?: string | null;
        };
        /** Page[ProviderPublic] */
        Page_ProviderPublic_: {
            /** Items */
            items: components["schemas"]["ProviderPublic"][];
            /** Nextcursor */
            nextCursor?: string | null;
        };
        /** ProviderCreate */
        ProviderCreate: {
            /**
             * Addresses
             * @default []
             */
            addresses: components["schemas"]["Address"][];
            /**
             * Agbcode
             * @description AGB code, 8 digits
             */
            agbCode: string;
            /**
             * Contacts
             * @default []
             */
            contacts: components["schemas"]["Contact"][];
            /**
             * Id
             * @description Only for region staff; a provider's id comes from its token
             */
            id?: string | null;
            /**
             * Kvknumber
             * @description KvK number, 8 digits
             */
            kvkNumber: string;
            /**
             * Maincontractorid
             * @description Set when this provider is a subcontractor
             */
            mainContractorId?: string | null;
            /** Name */
            name: string;
            /** @default {} */
            publicContact: components["schemas"]["PublicContact"];
        };
        /** ProviderPublic */
        ProviderPublic: {
            /** Addresses */
            addresses: components["schemas"]["Address"][];
            /** Agbcode */
            agbCode: string;
            /** Contacts */
            contacts: components["schemas"]["Contact"][];
            /**
             * Createdat
             * Format: date-time
             */
            createdAt: string;
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Kvknumber */
            kvkNumber: string;
            /** Maincontractorid */
            mainContractorId: string | null;
            /** Name */
            name: string;
            publicContact: components["schemas"]["PublicContact"];
            /** Subcontractorids */
            subcontractorIds: string[];
            /** Updatedat */
            updatedAt: string | null;
        };
        /** ProviderUpdate */
        ProviderUpdate: {
            /** Addresses */
            addresses?: components["schemas"]["Address"][] | null;
            /** Agbcode */
            agbCode?: string | null;
            /** Contacts */
            contacts?: components["schemas"]["Contact"][] | null;
            /** Kvknumber */
            kvkNumber?: string | null;
            /** Maincontractorid */
            mainContractorId?: string | null;
            /** Name */
            name?: string | null;
            publicContact?: components["schemas"]["PublicContact"] | null;
        };
        /**
         * PublicContact
         * @description The provider's public business contact, carried by `provider.admitted` (no personal data).
         */
        PublicContact: {
            /** City */
            city?: string | null;
            /** Email */
            email?: string | null;
            /** Phone */
            phone?: string | null;
            /** Website */
            website?: string | null;
        };
        /** RegionRulesPublic */
        RegionRulesPublic: {
            /** Evidenceexpirywarningdays */
            evidenceExpiryWarningDays: number;
            /** Maxdialoguesessions */
            maxDialogueSessions: number;
            /** Municipalitycodes */
            municipalityCodes: string[];
            /**
             * Productgroups
             * @description Product group → its product codes
             */
            productGroups: {
                [key: string]: string[];
            };
            /** Regioncode */
            regionCode: string;
            /** Subcontractorsallowed */
            subcontractorsAllowed: boolean;
        };
        /** RejectCreate */
        RejectCreate: {
            /** Reasons */
            reasons: string[];
        };
        /** RequirementCreate */
        RequirementCreate: {
            /** Code */
            code: string;
            /**
             * Description
             * @default
             */
            description: string;
            evidenceType: components["schemas"]["EvidenceType"];
            /**
             * Expires
             * @default false
             */
            expires: boolean;
            layer: components["schemas"]["Layer"];
            /** Regioncode */
            regionCode: string;
            /**
             * Scope
             * @description Product group, care type or product code; empty for a general requirement
             */
            scope?: string | null;
            /** Title */
            title: string;
        };
        /** RequirementPublic */
        RequirementPublic: {
            /** Active */
            active: boolean;
            /** Code */
            code: string;
            /** Description */
            description: string;
            evidenceType: components["schemas"]["EvidenceType"];
            /** Expires */
            expires: boolean;
            /**
             * Id
             * Format: uuid
             */
            id: string;
            layer: components["schemas"]["Layer"];
            /** Regioncode */
            regionCode: string;
            /** Scope */
            scope: string | null;
            /** Title */
            title: string;
        };
        /** RequirementStatus */
        RequirementStatus: {
            /** Code */
            code: string;
            decided?: components["schemas"]["Who"] | null;
            /** Evidencecount */
            evidenceCount: number;
            evidenceType: components["schemas"]["EvidenceType"];
            /** Expires */
            expires: boolean;
            /** Openrequest */
            openRequest?: string | null;
            /** Reason */
            reason?: string | null;
            /** Title */
            title: string;
            verdict?: components["schemas"]["Verdict"] | null;
        };
        /** RequirementUpdate */
        RequirementUpdate: {
            /** Active */
            active?: boolean | null;
            /** Description */
            description?: string | null;
            evidenceType?: components["schemas"]["EvidenceType"] | null;
            /** Expires */
            expires?: boolean | null;
            /** Title */
            title?: string | null;
        };
        /** SignalPublic */
        SignalPublic: {
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Kind */
            kind: string;
            /** Message */
            message: string;
            /** Municipalitycode */
            municipalityCode: string | null;
            /** Productcode */
            productCode: string | null;
            /** Providerid */
            providerId: string | null;
            /**
             * Raisedat
             * Format: date-time
             */
            raisedAt: string;
            /** Regioncode */
            regionCode: string;
            /** Resolvedat */
            resolvedAt: string | null;
            /**
             * Source
             * @enum {string}
             */
            source: "monitoring" | "availability";
        };
        /**
         * Status
         * @enum {string}
         */
        Status: "submitted" | "screening" | "dialogue" | "admitted" | "rejected" | "withdrawn";
        /** StepPublic */
        StepPublic: {
            /** Action */
            action: string;
            by: components["schemas"]["Who"];
            fromStatus: components["schemas"]["Status"] | null;
            /** Note */
            note: string;
            toStatus: components["schemas"]["Status"];
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
        /**
         * Verdict
         * @enum {string}
         */
        Verdict: "approved" | "rejected";
        /** VerdictCreate */
        VerdictCreate: {
            /**
             * Reason
             * @default
             */
            reason: string;
            /** Requirementcode */
            requirementCode: string;
            verdict: components["schemas"]["Verdict"];
        };
        /** Who */
        Who: {
            /**
             * At
             * Format: date-time
             */
            at: string;
            /** Role */
            role: string;
            /** Subject */
            subject: string;
        };
        /**
         * WindowKind
         * @enum {string}
         */
        WindowKind: "regular" | "interim";
        /** WithdrawCreate */
        WithdrawCreate: {
            /**
             * Reason
             * @default
             */
            reason: string;
        };
        /** WorkItem */
        WorkItem: {
            /**
             * Action
             * @description What the assessor should do next
             */
            action: string;
            application: components["schemas"]["ApplicationSummary"];
        };
        /** WorkQueue */
        WorkQueue: {
            /** Applications */
            applications: components["schemas"]["WorkItem"][];
            /** Regioncode */
            regionCode: string;
            /** Signals */
            signals: components["schemas"]["SignalPublic"][];
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
    listApplications: {
        parameters: {
            query?: {
                cursor?: string | null;
                limit?: number;
                providerId?: string | null;
                regionCode?: string | null;
                status?: components["schemas"]["Status"] | null;
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
                    "application/json": components["schemas"]["Page_ApplicationSummary_"];
                };
            };
            /** @description Invalid input; the field is named */
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
            /** @description Wrong role or not yours */
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
    createApplication: {
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
                "application/json": components["schemas"]["ApplicationCreate"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationPublic"];
                };
            };
            /** @description Invalid input; the field is named */
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
            /** @description Wrong role or not yours */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                };
            };
            /** @description Breaks an admission rule (named) */
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
    getApplication: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                application_id: string;
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
                    "application/json": components["schemas"]["ApplicationPublic"];
                };
            };
            /** @description Invalid input; the field is named */
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
            /** @description Wrong role or not yours */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                };
            };
            /** @description Not found */
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
    admitApplication: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                application_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AdmitCreate"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationPublic"];
                };
            };
            /** @description Invalid input; the field is named */
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
            /** @description Wrong role or not yours */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                };
            };
            /** @description Not possible in the current status (named) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                };
            };
            /** @description Breaks an admission rule (named) */
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
    moveToDialogue: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                application_id: string;
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
                    "application/json": components["schemas"]["ApplicationPublic"];
                };
            };
            /** @description Invalid input; the field is named */
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
            /** @description Wrong role or not yours */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                };
            };
            /** @description Not possible in the current status (named) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                };
            };
            /** @description Breaks an admission rule (named) */
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
    recordDialogueSession: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                application_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DialogueSessionCreate"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationPublic"];
                };
            };
            /** @description Invalid input; the field is named */
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
            /** @description Wrong role or not yours */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                };
            };
            /** @description Not possible in the current status (named) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                };
            };
            /** @description Breaks an admission rule (named) */
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
    uploadEvidence: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                application_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["Body_uploadEvidence"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EvidencePublic"];
                };
            };
            /** @description Invalid input; the field is named */
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
            /** @description Wrong role or not yours */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                };
            };
            /** @description Not possible in the current status (named) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                };
            };
            /** @description File too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                };
            };
            /** @description File type not accepted (checked by content) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                };
            };
            /** @description Breaks an admission rule (named) */
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
    requestEvidence: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                application_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EvidenceRequestCreate"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationPublic"];
                };
            };
            /** @description Invalid input; the field is named */
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
            /** @description Wrong role or not yours */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                };
            };
            /** @description Not possible in the current status (named) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                };
            };
            /** @description Breaks an admission rule (named) */
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
    downloadEvidence: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                application_id: string;
                evidence_id: string;
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
                    "application/pdf": unknown;
                    "image/jpeg": unknown;
                    "image/png": unknown;
                };
            };
            /** @description Invalid input; the field is named */
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
            /** @description Wrong role or not yours */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                };
            };
            /** @description Not found */
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
    rejectApplication: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                application_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RejectCreate"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationPublic"];
                };
            };
            /** @description Invalid input; the field is named */
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
            /** @description Wrong role or not yours */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                };
            };
            /** @description Not possible in the current status (named) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                };
            };
            /** @description Breaks an admission rule (named) */
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
    startScreening: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                application_id: string;
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
                    "application/json": components["schemas"]["ApplicationPublic"];
                };
            };
            /** @description Invalid input; the field is named */
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
            /** @description Wrong role or not yours */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                };
            };
            /** @description Not possible in the current status (named) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                };
            };
            /** @description Breaks an admission rule (named) */
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
    recordVerdict: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                application_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["VerdictCreate"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationPublic"];
                };
            };
            /** @description Invalid input; the field is named */
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
            /** @description Wrong role or not yours */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                };
            };
            /** @description Not possible in the current status (named) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                };
            };
            /** @description Breaks an admission rule (named) */
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
    withdrawApplication: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                application_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WithdrawCreate"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationPublic"];
                };
            };
            /** @description Invalid input; the field is named */
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
            /** @description Wrong role or not yours */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                };
            };
            /** @description Not possible in the current status (named) */
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
    listClosedProductGroups: {
        parameters: {
            query?: {
                regionCode?: string | null;
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
                    "application/json": components["schemas"]["ClosedProductGroupPublic"][];
                };
            };
            /** @description Invalid input; the field is named */
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
            /** @description Wrong role or not yours */
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
    closeProductGroup: {
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
                "application/json": components["schemas"]["ClosedProductGroupCreate"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClosedProductGroupPublic"];
                };
            };
            /** @description Invalid input; the field is named */
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
            /** @description Wrong role or not yours */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                };
            };
            /** @description Not possible in the current status (named) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                };
            };
            /** @description Breaks an admission rule (named) */
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
    reopenProductGroup: {
        parameters: {
            query: {
                regionCode: string;
            };
            header?: never;
            path: {
                closed_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input; the field is named */
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
            /** @description Wrong role or not yours */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                };
            };
            /** @description Not found */
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
    listEnforcements: {
        parameters: {
            query?: {
                regionCode?: string | null;
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
                    "application/json": components["schemas"]["EnforcementPublic"][];
                };
            };
            /** @description Invalid input; the field is named */
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
            /** @description Wrong role or not yours */
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
    liftEnforcement: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                enforcement_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EnforcementLift"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EnforcementPublic"];
                };
            };
            /** @description Invalid input; the field is named */
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
            /** @description Wrong role or not yours */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                };
            };
            /** @description Not possible in the current status (named) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                };
            };
            /** @description Breaks an admission rule (named) */
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
    listIntakeWindows: {
        parameters: {
            query?: {
                regionCode?: string | null;
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
                    "application/json": components["schemas"]["IntakeWindowPublic"][];
                };
            };
            /** @description Invalid input; the field is named */
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
            /** @description Wrong role or not yours */
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
    createIntakeWindow: {
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
                "application/json": components["schemas"]["IntakeWindowCreate"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IntakeWindowPublic"];
                };
            };
            /** @description Invalid input; the field is named */
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
            /** @description Wrong role or not yours */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                };
            };
            /** @description Not possible in the current status (named) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                };
            };
            /** @description Breaks an admission rule (named) */
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
    deleteIntakeWindow: {
        parameters: {
            query: {
                regionCode: string;
            };
            header?: never;
            path: {
                window_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input; the field is named */
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
            /** @description Wrong role or not yours */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                };
            };
            /** @description Breaks an admission rule (named) */
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
    listProviders: {
        parameters: {
            query?: {
                /** @description Only providers admitted in the region */
                admitted?: boolean;
                cursor?: string | null;
                limit?: number;
                regionCode?: string | null;
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
                    "application/json": components["schemas"]["Page_ProviderPublic_"];
                };
            };
            /** @description Invalid input; the field is named */
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
            /** @description Wrong role or not yours */
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
    createProvider: {
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
                "application/json": components["schemas"]["ProviderCreate"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProviderPublic"];
                };
            };
            /** @description Invalid input; the field is named */
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
            /** @description Wrong role or not yours */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                };
            };
            /** @description Not possible in the current status (named) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                };
            };
            /** @description Breaks an admission rule (named) */
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
    getProvider: {
        parameters: {
            query?: never;
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
                    "application/json": components["schemas"]["ProviderPublic"];
                };
            };
            /** @description Invalid input; the field is named */
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
            /** @description Wrong role or not yours */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                };
            };
            /** @description Not found */
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
    updateProvider: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                provider_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProviderUpdate"];
            };
        };
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
            /** @description Invalid input; the field is named */
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
            /** @description Wrong role or not yours */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                };
            };
            /** @description Not possible in the current status (named) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                };
            };
            /** @description Breaks an admission rule (named) */
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
    listProviderEnforcements: {
        parameters: {
            query?: never;
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
                    "application/json": components["schemas"]["EnforcementPublic"][];
                };
            };
            /** @description Invalid input; the field is named */
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
            /** @description Wrong role or not yours */
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
    imposeEnforcement: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                provider_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EnforcementCreate"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EnforcementPublic"];
                };
            };
            /** @description Invalid input; the field is named */
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
            /** @description Wrong role or not yours */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                };
            };
            /** @description Not possible in the current status (named) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                };
            };
            /** @description Breaks an admission rule (named) */
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
    getAdmissionRules: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                region_code: string;
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
                    "application/json": components["schemas"]["RegionRulesPublic"];
                };
            };
            /** @description Invalid input; the field is named */
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
            /** @description Wrong role or not yours */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                };
            };
            /** @description Breaks an admission rule (named) */
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
    listRequirements: {
        parameters: {
            query?: {
                activeOnly?: boolean;
                regionCode?: string | null;
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
                    "application/json": components["schemas"]["RequirementPublic"][];
                };
            };
            /** @description Invalid input; the field is named */
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
            /** @description Wrong role or not yours */
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
    createRequirement: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RequirementCreate"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RequirementPublic"];
                };
            };
            /** @description Invalid input; the field is named */
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
            /** @description Wrong role or not yours */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                };
            };
            /** @description Not possible in the current status (named) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                };
            };
            /** @description Breaks an admission rule (named) */
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
    getRequirement: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                requirement_id: string;
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
                    "application/json": components["schemas"]["RequirementPublic"];
                };
            };
            /** @description Invalid input; the field is named */
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
            /** @description Wrong role or not yours */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                };
            };
            /** @description Not found */
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
    updateRequirement: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                requirement_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RequirementUpdate"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RequirementPublic"];
                };
            };
            /** @description Invalid input; the field is named */
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
            /** @description Wrong role or not yours */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                };
            };
            /** @description Breaks an admission rule (named) */
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
    getWorkQueue: {
        parameters: {
            query?: {
                regionCode?: string | null;
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
                    "application/json": components["schemas"]["WorkQueue"];
                };
            };
            /** @description Invalid input; the field is named */
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
            /** @description Wrong role or not yours */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                };
            };
            /** @description Breaks an admission rule (named) */
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
