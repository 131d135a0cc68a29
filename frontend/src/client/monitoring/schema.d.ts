// generated — do not edit. Source: frontend/openapi/monitoring.json; regenerate with `npm run gen:api`.

export interface paths {
    "/figures/{aggregate}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A figure as a time series or table (append .csv or ?format=csv for CSV) */
        get: operations["get_figure_monitoring_api_v1_figures__aggregate__get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reports/quarterly": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Quarterly Report */
        get: operations["quarterly_report_monitoring_api_v1_reports_quarterly_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/signals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Signals
         * @description Newest first. Region staff see their region; a municipality's staff their municipality.
         */
        get: operations["list_signals_monitoring_api_v1_signals_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/signals/{signal_id}/acknowledge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Acknowledge Signal */
        post: operations["acknowledge_signal_monitoring_api_v1_signals__signal_id__acknowledge_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/signals/{signal_id}/resolve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Resolve Signal */
        post: operations["resolve_signal_monitoring_api_v1_signals__signal_id__resolve_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/subscriptions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List Subscriptions */
        get: operations["list_subscriptions_monitoring_api_v1_subscriptions_get"];
        put?: never;
        /**
         * Create Subscription
         * @description The secret for checking `X-Zorgregio-Signature` is in this answer only.
         */
        post: operations["create_subscription_monitoring_api_v1_subscriptions_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/subscriptions/{subscription_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get Subscription */
        get: operations["get_subscription_monitoring_api_v1_subscriptions__subscription_id__get"];
        put?: never;
        post?: never;
        /** Delete Subscription */
        delete: operations["delete_subscription_monitoring_api_v1_subscriptions__subscription_id__delete"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/subscriptions/{subscription_id}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Deliveries
         * @description Newest first: status, attempts and the last error of each delivery.
         */
        get: operations["list_deliveries_monitoring_api_v1_subscriptions__subscription_id__deliveries_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/subscriptions/{subscription_id}/replay": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Replay
         * @description Queue every notification of this subscription's municipality and channel since `since` again.
         */
        post: operations["replay_monitoring_api_v1_subscriptions__subscription_id__replay_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/subscriptions/{subscription_id}/resume": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Resume
         * @description Deliver again after a pause (queued deliveries go out, the failure count restarts).
         */
        post: operations["resume_monitoring_api_v1_subscriptions__subscription_id__resume_post"];
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
        /** DeliveryPublic */
        DeliveryPublic: {
            /** Attempts */
            attempts: number;
            /**
             * Createdat
             * Format: date-time
             */
            createdAt: string;
            /** Deliveredat */
            deliveredAt: string | null;
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Lasterror */
            lastError: string | null;
            /** Laststatuscode */
            lastStatusCode: number | null;
            /**
             * Nextattemptat
             * Format: date-time
             */
            nextAttemptAt: string;
            /** Notification */
            notification: {
                [key: string]: unknown;
            };
            /** Replay */
            replay: boolean;
            /**
             * Status
             * @enum {string}
             */
            status: "pending" | "delivered" | "failed";
        };
        /** FigurePublic */
        FigurePublic: {
            /** Aggregate */
            aggregate: string;
            /** Columns */
            columns: string[];
            /** Frommonth */
            fromMonth: string;
            /** Groupby */
            groupBy?: string | null;
            /** Municipality */
            municipality: string | null;
            /** Region */
            region: string | null;
            /** Rows */
            rows: {
                [key: string]: unknown;
            }[];
            /**
             * Suppressedbelow
             * @description Counts below this are shown as "<5", and so is what they would reveal
             * @default 5
             */
            suppressedBelow: number;
            /** Tomonth */
            toMonth: string;
        };
        /** HTTPValidationError */
        HTTPValidationError: {
            /** Detail */
            detail?: components["schemas"]["ValidationError"][];
        };
        /** Page[SignalPublic] */
        Page_SignalPublic_: {
            /** Items */
            items: components["schemas"]["SignalPublic"][];
            /** Nextcursor */
            nextCursor?: string | null;
        };
        /** ReplayPublic */
        ReplayPublic: {
            /** Queued */
            queued: number;
        };
        /** SignalPublic */
        SignalPublic: {
            /** Acknowledgedat */
            acknowledgedAt: string | null;
            /** Acknowledgedby */
            acknowledgedBy: string | null;
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
            /** Resolvedby */
            resolvedBy: string | null;
            /**
             * Status
             * @enum {string}
             */
            status: "open" | "acknowledged" | "resolved";
        };
        /** SubscriptionCreate */
        SubscriptionCreate: {
            /**
             * Auth
             * @description Sent as the Authorization header of each delivery
             */
            auth: string;
            /**
             * Callbackurl
             * Format: uri
             */
            callbackUrl: string;
            /**
             * Channel
             * @enum {string}
             */
            channel: "allocations" | "contracts" | "availability" | "signals";
            /**
             * Municipalitycode
             * @description Only for admin; a back office subscribes for its own municipality
             */
            municipalityCode?: string | null;
        };
        /** SubscriptionCreated */
        SubscriptionCreated: {
            /** Callbackurl */
            callbackUrl: string;
            /**
             * Channel
             * @enum {string}
             */
            channel: "allocations" | "contracts" | "availability" | "signals";
            /** Consecutivefailures */
            consecutiveFailures: number;
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
            /** Municipalitycode */
            municipalityCode: string;
            /** Pausedat */
            pausedAt: string | null;
            /** Pausedreason */
            pausedReason: string | null;
            /**
             * Secret
             * @description HMAC-SHA256 key for X-Zorgregio-Signature; shown only now
             */
            secret: string;
            /**
             * Status
             * @enum {string}
             */
            status: "active" | "paused";
        };
        /** SubscriptionPublic */
        SubscriptionPublic: {
            /** Callbackurl */
            callbackUrl: string;
            /**
             * Channel
             * @enum {string}
             */
            channel: "allocations" | "contracts" | "availability" | "signals";
            /** Consecutivefailures */
            consecutiveFailures: number;
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
            /** Municipalitycode */
            municipalityCode: string;
            /** Pausedat */
            pausedAt: string | null;
            /** Pausedreason */
            pausedReason: string | null;
            /**
             * Status
             * @enum {string}
             */
            status: "active" | "paused";
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
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    get_figure_monitoring_api_v1_figures__aggregate__get: {
        parameters: {
            query?: {
                format?: "json" | "csv";
                from?: string | null;
                groupBy?: ("municipality" | "provider" | "productGroup" | "product" | "fundingForm" | "region") | null;
                municipality?: string | null;
                productGroup?: string | null;
                provider?: string | null;
                region?: string | null;
                to?: string | null;
            };
            header?: never;
            path: {
                /** @description inflow, outflow, active, duration, waits, spend, budget, balance, stacking, readmissions, pipeline, stale-share, exit-candidates */
                aggregate: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The figure as JSON or CSV */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FigurePublic"];
                    "text/csv": unknown;
                };
            };
            /** @description Invalid filter */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Outside the caller's region or municipality */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Unknown aggregate */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
    quarterly_report_monitoring_api_v1_reports_quarterly_get: {
        parameters: {
            query: {
                quarter: number;
                region: string;
                year: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The report */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": unknown;
                };
            };
            /** @description Invalid parameters */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not the caller's region */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
    list_signals_monitoring_api_v1_signals_get: {
        parameters: {
            query?: {
                cursor?: string | null;
                kind?: string | null;
                limit?: number;
                municipality?: string | null;
                status?: ("open" | "acknowledged" | "resolved") | null;
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
                    "application/json": components["schemas"]["Page_SignalPublic_"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not the caller's region */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No such signal */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Already resolved */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
    acknowledge_signal_monitoring_api_v1_signals__signal_id__acknowledge_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                signal_id: string;
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
                    "application/json": components["schemas"]["SignalPublic"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not the caller's region */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No such signal */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Already resolved */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
    resolve_signal_monitoring_api_v1_signals__signal_id__resolve_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                signal_id: string;
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
                    "application/json": components["schemas"]["SignalPublic"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not the caller's region */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No such signal */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Already resolved */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
    list_subscriptions_monitoring_api_v1_subscriptions_get: {
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
                    "application/json": components["schemas"]["SubscriptionPublic"][];
                };
            };
            /** @description Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not a back office */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No such subscription */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    create_subscription_monitoring_api_v1_subscriptions_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SubscriptionCreate"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SubscriptionCreated"];
                };
            };
            /** @description Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not a back office */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No such subscription */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
    get_subscription_monitoring_api_v1_subscriptions__subscription_id__get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                subscription_id: string;
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
                    "application/json": components["schemas"]["SubscriptionPublic"];
                };
            };
            /** @description Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not a back office */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No such subscription */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
    delete_subscription_monitoring_api_v1_subscriptions__subscription_id__delete: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                subscription_id: string;
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
            /** @description Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not a back office */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No such subscription */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
    list_deliveries_monitoring_api_v1_subscriptions__subscription_id__deliveries_get: {
        parameters: {
            query?: {
                limit?: number;
            };
            header?: never;
            path: {
                subscription_id: string;
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
                    "application/json": components["schemas"]["DeliveryPublic"][];
                };
            };
            /** @description Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not a back office */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No such subscription */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
    replay_monitoring_api_v1_subscriptions__subscription_id__replay_post: {
        parameters: {
            query: {
                since: string;
            };
            header?: never;
            path: {
                subscription_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReplayPublic"];
                };
            };
            /** @description Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not a back office */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No such subscription */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
    resume_monitoring_api_v1_subscriptions__subscription_id__resume_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                subscription_id: string;
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
                    "application/json": components["schemas"]["SubscriptionPublic"];
                };
            };
            /** @description Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not a back office */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No such subscription */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
}
