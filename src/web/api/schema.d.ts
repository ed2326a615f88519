/**
 * Generated from the server's OpenAPI document by `npm run api:types`: do not edit by hand.
 * src/testing/api-types.test.ts fails when this file no longer matches the server's routes.
 */
export interface paths {
    "/api/v1/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign in with email and password
         * @description With two-factor on, the answer is a challenge instead of a session: send it with a code to /api/v1/auth/login/two-factor.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: email */
                        email: string;
                        password: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            csrfToken: string;
                            user: {
                                email: string;
                                id: string;
                                locale: string;
                                name: string;
                            };
                        } | {
                            /** @description Single use, for five minutes and five guesses */
                            challenge: string;
                            expiresAt: string;
                            /** @enum {boolean} */
                            twoFactorRequired: true;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/login/two-factor": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Finish signing in with a two-factor code or a recovery code */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        challenge: string;
                        /** @description The 6-digit code of the authenticator app */
                        code?: string;
                        /** @description One of the ten recovery codes; each works once */
                        recoveryCode?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            csrfToken: string;
                            user: {
                                email: string;
                                id: string;
                                locale: string;
                                name: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign out */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": null;
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/collect": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Tracking events from the /t.js snippet */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        cid?: string;
                        ref?: string;
                        referrer?: string;
                        /** @enum {string} */
                        type: "pageview";
                        url: string;
                        workspaceId: string;
                    } | {
                        cid?: string;
                        parentRef?: string;
                        /** @enum {string} */
                        type: "share_token";
                        url: string;
                        workspaceId: string;
                    } | {
                        cid?: string;
                        currency?: string | null;
                        /** @description "lead", "sale" or a name of your own, up to 40 characters */
                        name: string;
                        ownRef?: string;
                        ref?: string;
                        /** @enum {string} */
                        type: "conversion";
                        url: string;
                        value?: number | null;
                        workspaceId: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            ref: string;
                        };
                    };
                };
                /** @description Stored */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": null;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/invites/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Accept an invite (choosing a password for a new account) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name?: string;
                        /** @description Needed only when the account has no password yet */
                        password?: string;
                        token: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            csrfToken: string | null;
                            user: {
                                email: string;
                                id: string;
                                locale: string;
                                name: string;
                            };
                            workspaceId: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/invites/describe": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** What an invite link is for */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        token: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            email: string;
                            existingAccount: boolean;
                            /** @enum {string} */
                            role: "owner" | "admin" | "editor" | "contributor" | "viewer";
                            workspaceName: string;
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The signed-in person */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            csrfToken: string | null;
                            user: {
                                email: string;
                                id: string;
                                locale: string;
                                name: string;
                            };
                            workspaces: {
                                id: string;
                                name: string;
                                /** @enum {string} */
                                role: "owner" | "admin" | "editor" | "contributor" | "viewer";
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your active sessions */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            sessions: {
                                createdAt: string;
                                /** @description The session this request comes from */
                                current: boolean;
                                device: {
                                    browser: string | null;
                                    mobile: boolean;
                                    os: string | null;
                                };
                                id: string;
                                ip: string | null;
                                lastSeenAt: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** End all your other sessions */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description How many sessions ended */
                            ended: number;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/sessions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** End one of your sessions */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Session id from GET /api/v1/me/sessions */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": null;
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your API tokens in every workspace */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            tokens: {
                                createdAt: string;
                                id: string;
                                lastUsedAt: string | null;
                                name: string;
                                /** @enum {string} */
                                role: "owner" | "admin" | "editor" | "contributor" | "viewer";
                                workspace: {
                                    id: string;
                                    name: string;
                                };
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/two-factor": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your two-factor sign-in */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            enabled: boolean;
                            enabledAt: string | null;
                            recoveryCodesLeft: number;
                            /** @description Your workspaces that require two-factor */
                            requiredBy: {
                                id: string;
                                name: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/two-factor/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Turn two-factor sign-in on with a code from the app */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        code: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Ten one-use codes for when the phone is lost; shown this once */
                            recoveryCodes: string[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/two-factor/disable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Turn two-factor sign-in off */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description A current code of the authenticator app */
                        code?: string;
                        /** @description Or the account password */
                        password?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": null;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/two-factor/recovery-codes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Make new recovery codes */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description A current code of the authenticator app */
                        code?: string;
                        /** @description Or the account password */
                        password?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Ten one-use codes for when the phone is lost; shown this once */
                            recoveryCodes: string[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/two-factor/setup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start setting up two-factor sign-in */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description The URI as a QR code: an SVG data URL for an <img> */
                            qrCode: string;
                            /** @description Base32, for typing into an app that cannot scan */
                            secret: string;
                            /** @description otpauth://totp/… (RFC 6238: SHA-1, 6 digits, 30 seconds) */
                            uri: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/networks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Networks and how to connect them */
        get: {
            parameters: {
                query?: {
                    /** @description Count this workspace's own network apps too */
                    workspace?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            networks: {
                                network: string;
                                oauth: boolean;
                                token: boolean;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/oauth/{network}/callback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Where a network sends the browser back after "Connect with <network>" */
        get: {
            parameters: {
                query?: {
                    code?: string | string[];
                    error?: string | string[];
                    error_description?: string | string[];
                    error_reason?: string | string[];
                    state?: string | string[];
                };
                header?: never;
                path: {
                    network: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/oauth/mastodon/callback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Where Mastodon sends the browser back */
        get: {
            parameters: {
                query?: {
                    code?: string;
                    error?: string;
                    error_description?: string;
                    state?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/setup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Is first-run setup needed? */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            needed: boolean;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Create the first owner and workspace (first run only) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: email */
                        email: string;
                        name?: string;
                        password: string;
                        workspaceName: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            csrfToken: string;
                            token: string;
                            user: {
                                email: string;
                                id: string;
                                locale: string;
                                name: string;
                            };
                            workspace: {
                                id: string;
                                name: string;
                                /** @enum {string} */
                                role: "owner";
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhooks/meta": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Meta's subscription handshake */
        get: {
            parameters: {
                query?: {
                    "hub.challenge"?: string;
                    "hub.mode"?: string;
                    "hub.verify_token"?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": string;
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /** Meta webhook deliveries */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            received: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhooks/x": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** X's challenge-response check (CRC) */
        get: {
            parameters: {
                query: {
                    crc_token: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            response_token: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /** X Account Activity deliveries */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            received: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The caller's workspaces */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            workspaces: {
                                id: string;
                                name: string;
                                /** @enum {string} */
                                role: "owner" | "admin" | "editor" | "contributor" | "viewer";
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /** Create a workspace (you become its owner) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            name: string;
                            /** @enum {string} */
                            role: "owner" | "admin" | "editor" | "contributor" | "viewer";
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{ws}/alert-rules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the alert rules */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Workspace id */
                    ws: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            rules: {
                                active: boolean;
                                /** Format: date-time */
                                createdAt: string;
                                id: string;
                                keywords: string[];
                                /**
                                 * @description negative_surge: negative items above the usual; keyword_surge: items with the keywords above the usual; post_backlash: a post whose negative replies outrun its positive ones
                                 * @enum {string}
                                 */
                                kind: "negative_surge" | "keyword_surge" | "post_backlash";
                                /** Format: date-time */
                                lastEvaluatedAt: string | null;
                                /** Format: date-time */
                                lastFiredAt: string | null;
                                minCount: number;
                                name: string;
                                notify: {
                                    /** @description Addresses to tell by email, when the server has SMTP settings */
                                    emails?: string[];
                                    /** @description Deliver `alert.fired` to the webhooks subscribed to it (default true) */
                                    webhooks?: boolean;
                                };
                                windowMinutes: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /** Create an alert rule (evaluated at least once a minute) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Workspace id */
                    ws: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description keyword_surge only: an item counts when its text contains one of them (any case) */
                        keywords?: string[];
                        /**
                         * @description negative_surge: negative items above the usual; keyword_surge: items with the keywords above the usual; post_backlash: a post whose negative replies outrun its positive ones
                         * @enum {string}
                         */
                        kind: "negative_surge" | "keyword_surge" | "post_backlash";
                        /** @description Fewer items than this never fire (default 10) */
                        minCount?: number;
                        name: string;
                        notify?: {
                            /** @description Addresses to tell by email, when the server has SMTP settings */
                            emails?: string[];
                            /** @description Deliver `alert.fired` to the webhooks subscribed to it (default true) */
                            webhooks?: boolean;
                        };
                        /** @description The window counted, 1 to 1,440 minutes */
                        windowMinutes: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            active: boolean;
                            /** Format: date-time */
                            createdAt: string;
                            id: string;
                            keywords: string[];
                            /**
                             * @description negative_surge: negative items above the usual; keyword_surge: items with the keywords above the usual; post_backlash: a post whose negative replies outrun its positive ones
                             * @enum {string}
                             */
                            kind: "negative_surge" | "keyword_surge" | "post_backlash";
                            /** Format: date-time */
                            lastEvaluatedAt: string | null;
                            /** Format: date-time */
                            lastFiredAt: string | null;
                            minCount: number;
                            name: string;
                            notify: {
                                /** @description Addresses to tell by email, when the server has SMTP settings */
                                emails?: string[];
                                /** @description Deliver `alert.fired` to the webhooks subscribed to it (default true) */
                                webhooks?: boolean;
                            };
                            windowMinutes: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{ws}/alert-rules/{ruleId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete an alert rule */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Alert rule id */
                    ruleId: string;
                    /** @description Workspace id */
                    ws: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": null;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Change an alert rule, or pause it (active: false) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Alert rule id */
                    ruleId: string;
                    /** @description Workspace id */
                    ws: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        active?: boolean;
                        /** @description keyword_surge only: an item counts when its text contains one of them (any case) */
                        keywords?: string[];
                        /** @description Fewer items than this never fire (default 10) */
                        minCount?: number;
                        name?: string;
                        notify?: {
                            /** @description Addresses to tell by email, when the server has SMTP settings */
                            emails?: string[];
                            /** @description Deliver `alert.fired` to the webhooks subscribed to it (default true) */
                            webhooks?: boolean;
                        };
                        /** @description The window counted, 1 to 1,440 minutes */
                        windowMinutes?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            active: boolean;
                            /** Format: date-time */
                            createdAt: string;
                            id: string;
                            keywords: string[];
                            /**
                             * @description negative_surge: negative items above the usual; keyword_surge: items with the keywords above the usual; post_backlash: a post whose negative replies outrun its positive ones
                             * @enum {string}
                             */
                            kind: "negative_surge" | "keyword_surge" | "post_backlash";
                            /** Format: date-time */
                            lastEvaluatedAt: string | null;
                            /** Format: date-time */
                            lastFiredAt: string | null;
                            minCount: number;
                            name: string;
                            notify: {
                                /** @description Addresses to tell by email, when the server has SMTP settings */
                                emails?: string[];
                                /** @description Deliver `alert.fired` to the webhooks subscribed to it (default true) */
                                webhooks?: boolean;
                            };
                            windowMinutes: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/workspaces/{ws}/alerts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Alerts fired by the rules, newest first, with the inbox items that caused them */
        get: {
            parameters: {
                query?: {
                    /** @description The nextBefore of the previous page (or an ISO date) */
                    before?: string;
                    /** @description How many to answer at most (1 to 200) */
                    limit?: number;
                };
                header?: never;
                path: {
                    /** @description Workspace id */
                    ws: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            alerts: {
                                details: {
                                    count?: number;
                                    keywords?: string[];
                                    mean?: number;
                                    negative?: number;
                                    positive?: number;
                                    publicationId?: string;
                                    sd?: number;
                                    threshold?: number;
                                    windowMinutes?: number;
                                };
                                /** @description The inbox items that caused it, newest first (at most 50) */
                                engagementIds: string[];
                                /** Format: date-time */
                                firedAt: string;
                                id: string;
                                /** @description Those items still in the inbox, newest first */
                                items: {
                                    author: {
                                        handle: string;
                                        name: string;
                                    };
                                    /** Format: date-time */
                                    createdAt: string;
                                    id: string;
                                    network: string;
                                    /** @enum {string|null} */
                                    sentiment: "positive" | "neutral" | "negative" | null;
                                    text: string;
                                    url: string | null;
                                }[];
                                /**
                                 * @description negative_surge: negative items above the usual; keyword_surge: items with the keywords above the usual; post_backlash: a post whose negative replies outrun its positive ones
                                 * @enum {string}
                                 */
                                kind: "negative_surge" | "keyword_surge" | "post_backlash";
                                /** @description Null once the rule is deleted */
                                ruleId: string | null;
                                /** @description In English; the details carry the numbers for other languages */
                                summary: string;
                            }[];
                            nextBefore: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{ws}/analytics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Metrics per day, with totals by network and channel
         * @description The collected metric history rolled up by UTC day for the workspace, or one channel, network or post: each day's growth, the totals, the same per network and per channel, and optionally the previous period with the change in percent.
         */
        get: {
            parameters: {
                query?: {
                    /** @description Only the publications of this campaign's posts */
                    campaignId?: string;
                    /** @description Only this channel's publications */
                    channelId?: string;
                    /** @description previous: also the period of the same length just before */
                    compare?: "previous" | "none";
                    /** @description First day (UTC, YYYY-MM-DD), included; default 27 days before "to". At most 731 days in all */
                    from?: string;
                    /** @description Only publications on this network (bluesky, mastodon, x, …) */
                    network?: string;
                    /** @description Only this post's publications */
                    postId?: string;
                    /** @description Last day (UTC, YYYY-MM-DD), included; default today */
                    to?: string;
                };
                header?: never;
                path: {
                    /** @description Workspace id */
                    ws: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            byChannel: {
                                channelId: string;
                                /** @description Engagements per impression; null without impressions */
                                engagementRate: number | null;
                                /** @description Likes + reposts + replies + quotes + saves */
                                engagements: number;
                                /** @description The network's impressions, else its views (0 where it reports neither) */
                                impressions: number;
                                /** @description Clicks on links, as the network reports them */
                                linkClicks: number;
                                name: string;
                                network: string;
                                /** @description Publications published (counted once measured) */
                                published: number;
                                views: number;
                            }[];
                            byNetwork: {
                                /** @description Engagements per impression; null without impressions */
                                engagementRate: number | null;
                                /** @description Likes + reposts + replies + quotes + saves */
                                engagements: number;
                                /** @description The network's impressions, else its views (0 where it reports neither) */
                                impressions: number;
                                /** @description Clicks on links, as the network reports them */
                                linkClicks: number;
                                network: string;
                                /** @description Publications published (counted once measured) */
                                published: number;
                                views: number;
                            }[];
                            from: string;
                            /** @description The period of the same length just before (compare=previous), else null */
                            previous: {
                                change: {
                                    /** @description Change in percent from the previous period; null when it was 0 */
                                    engagementRate: number | null;
                                    /** @description Change in percent from the previous period; null when it was 0 */
                                    engagements: number | null;
                                    /** @description Change in percent from the previous period; null when it was 0 */
                                    impressions: number | null;
                                    /** @description Change in percent from the previous period; null when it was 0 */
                                    linkClicks: number | null;
                                    /** @description Change in percent from the previous period; null when it was 0 */
                                    published: number | null;
                                    /** @description Change in percent from the previous period; null when it was 0 */
                                    views: number | null;
                                };
                                from: string;
                                to: string;
                                totals: {
                                    /** @description Engagements per impression; null without impressions */
                                    engagementRate: number | null;
                                    /** @description Likes + reposts + replies + quotes + saves */
                                    engagements: number;
                                    /** @description The network's impressions, else its views (0 where it reports neither) */
                                    impressions: number;
                                    /** @description Clicks on links, as the network reports them */
                                    linkClicks: number;
                                    /** @description Publications published (counted once measured) */
                                    published: number;
                                    views: number;
                                };
                            } | null;
                            /** @description Every day of the range, oldest first */
                            series: {
                                day: string;
                                /** @description Likes + reposts + replies + quotes + saves */
                                engagements: number;
                                /** @description The network's impressions, else its views (0 where it reports neither) */
                                impressions: number;
                                /** @description Clicks on links, as the network reports them */
                                linkClicks: number;
                                /** @description Publications published (counted once measured) */
                                published: number;
                                views: number;
                            }[];
                            /**
                             * @description Days are UTC dates
                             * @enum {string}
                             */
                            timeZone: "UTC";
                            to: string;
                            totals: {
                                /** @description Engagements per impression; null without impressions */
                                engagementRate: number | null;
                                /** @description Likes + reposts + replies + quotes + saves */
                                engagements: number;
                                /** @description The network's impressions, else its views (0 where it reports neither) */
                                impressions: number;
                                /** @description Clicks on links, as the network reports them */
                                linkClicks: number;
                                /** @description Publications published (counted once measured) */
                                published: number;
                                views: number;
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{ws}/analytics.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The analytics view as CSV
         * @description Days, totals (and the previous period), networks and channels in one table with a `section` column (text/csv, UTF-8).
         */
        get: {
            parameters: {
                query?: {
                    /** @description Only the publications of this campaign's posts */
                    campaignId?: string;
                    /** @description Only this channel's publications */
                    channelId?: string;
                    /** @description previous: also the previous period and the change in percent */
                    compare?: "previous" | "none";
                    /** @description First day (UTC, YYYY-MM-DD), included; default 27 days before "to". At most 731 days in all */
                    from?: string;
                    /** @description Only publications on this network (bluesky, mastodon, x, …) */
                    network?: string;
                    /** @description Only this post's publications */
                    postId?: string;
                    /** @description Last day (UTC, YYYY-MM-DD), included; default today */
                    to?: string;
                };
                header?: never;
                path: {
                    /** @description Workspace id */
                    ws: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A CSV file */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": string;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{ws}/analytics/top-posts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Top publications of a range
         * @description Publications published in the range (UTC days), best first by engagement rate, clicks or conversions, with their latest figures.
         */
        get: {
            parameters: {
                query?: {
                    /** @description Only the publications of this campaign's posts */
                    campaignId?: string;
                    /** @description Only this channel's publications */
                    channelId?: string;
                    /** @description First day (UTC, YYYY-MM-DD), included; default 27 days before "to". At most 731 days in all */
                    from?: string;
                    /** @description How many, best first (1–100, default 10) */
                    limit?: number;
                    /** @description Only publications on this network (bluesky, mastodon, x, …) */
                    network?: string;
                    /** @description Only this post's publications */
                    postId?: string;
                    sort?: "engagementRate" | "clicks" | "conversions";
                    /** @description Last day (UTC, YYYY-MM-DD), included; default today */
                    to?: string;
                };
                header?: never;
                path: {
                    /** @description Workspace id */
                    ws: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            from: string;
                            posts: {
                                channelId: string;
                                channelName: string;
                                /** @description The greater of the network's link clicks and the short links' (a click is usually counted by both) */
                                clicks: number;
                                /** @description Conversions brought by the publication's short links */
                                conversions: number;
                                /** @description Engagements per impression; null without impressions */
                                engagementRate: number | null;
                                engagements: number;
                                impressions: number;
                                /** @description Link clicks as the network reports them */
                                linkClicks: number;
                                network: string;
                                postId: string;
                                publicationId: string;
                                publishedAt: string;
                                text: string;
                                /** @description Clicks on the publication's short links (people, not bots) */
                                trackedClicks: number;
                                url: string | null;
                            }[];
                            /** @enum {string} */
                            sort: "engagementRate" | "clicks" | "conversions";
                            to: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{ws}/analytics/top-posts.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Top publications of a range, as CSV
         * @description The top posts table as a file (text/csv, UTF-8, one header row). Cells a spreadsheet would run as a formula start with an apostrophe.
         */
        get: {
            parameters: {
                query?: {
                    /** @description Only the publications of this campaign's posts */
                    campaignId?: string;
                    /** @description Only this channel's publications */
                    channelId?: string;
                    /** @description First day (UTC, YYYY-MM-DD), included; default 27 days before "to". At most 731 days in all */
                    from?: string;
                    /** @description How many rows, best first (1–1000, default 100) */
                    limit?: number;
                    /** @description Only publications on this network (bluesky, mastodon, x, …) */
                    network?: string;
                    /** @description Only this post's publications */
                    postId?: string;
                    sort?: "engagementRate" | "clicks" | "conversions";
                    /** @description Last day (UTC, YYYY-MM-DD), included; default today */
                    to?: string;
                };
                header?: never;
                path: {
                    /** @description Workspace id */
                    ws: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A CSV file */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": string;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{ws}/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Audit log */
        get: {
            parameters: {
                query?: {
                    /** @description Only these actions (repeat the parameter for several) */
                    action?: ("workspace.created" | "member.added" | "member.invited" | "member.role_changed" | "member.removed" | "token.created" | "token.revoked" | "two_factor.required" | "two_factor.not_required" | "utm_template.updated" | "collect.origins.update" | "channel.connected" | "channel.reconnected" | "channel.disconnected" | "channel.needs_reconnect" | "channel.board_created" | "post.created" | "post.updated" | "post.approved" | "post.rejected" | "post.cancelled" | "post.deleted" | "publication.published" | "link.created" | "link.updated" | "link.archived" | "bio.updated" | "engagement.replied" | "engagement.reply_approved" | "engagement.reply_rejected" | "engagement.hidden" | "engagement.shown" | "engagement.deleted" | "engagement.assigned" | "engagement.done" | "engagement.reopened" | "network_app.saved" | "network_app.replaced" | "network_app.removed" | "alert_rule.created" | "alert_rule.updated" | "alert_rule.deleted" | "listening_query.created" | "listening_query.updated" | "listening_query.deleted" | "webhook.created" | "webhook.deleted" | "publishing.paused" | "publishing.resumed" | "segment.created" | "segment.updated" | "segment.deleted" | "business_hours.updated" | "calendar_feed.created" | "calendar_feed.revoked" | "campaign.created" | "campaign.updated" | "campaign.archived" | "campaign.deleted") | ("workspace.created" | "member.added" | "member.invited" | "member.role_changed" | "member.removed" | "token.created" | "token.revoked" | "two_factor.required" | "two_factor.not_required" | "utm_template.updated" | "collect.origins.update" | "channel.connected" | "channel.reconnected" | "channel.disconnected" | "channel.needs_reconnect" | "channel.board_created" | "post.created" | "post.updated" | "post.approved" | "post.rejected" | "post.cancelled" | "post.deleted" | "publication.published" | "link.created" | "link.updated" | "link.archived" | "bio.updated" | "engagement.replied" | "engagement.reply_approved" | "engagement.reply_rejected" | "engagement.hidden" | "engagement.shown" | "engagement.deleted" | "engagement.assigned" | "engagement.done" | "engagement.reopened" | "network_app.saved" | "network_app.replaced" | "network_app.removed" | "alert_rule.created" | "alert_rule.updated" | "alert_rule.deleted" | "listening_query.created" | "listening_query.updated" | "listening_query.deleted" | "webhook.created" | "webhook.deleted" | "publishing.paused" | "publishing.resumed" | "segment.created" | "segment.updated" | "segment.deleted" | "business_hours.updated" | "calendar_feed.created" | "calendar_feed.revoked" | "campaign.created" | "campaign.updated" | "campaign.archived" | "campaign.deleted")[];
                    /** @description Only what this person (a user id) did */
                    actor?: string;
                    /** @description The nextBefore of the previous page */
                    before?: number;
                    /** @description Only changes at or after this instant */
                    from?: string;
                    /** @description How many to answer at most (1 to 200) */
                    limit?: number;
                    /** @description Only changes at or before this instant */
                    to?: string;
                };
                header?: never;
                path: {
                    /** @description Workspace id */
                    ws: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            entries: {
                                action: string;
                                actorEmail: string | null;
                                actorName: string | null;
                                /** @description Null when Chorus itself made the change, or the person was deleted */
                                actorUserId: string | null;
                                /** Format: date-time */
                                at: string;
                                data: {
                                    [key: string]: unknown;
                                };
                                id: number;
                                targetId: string | null;
                                targetType: string;
                            }[];
                            nextBefore: number | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{ws}/bio": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The link-in-bio page (404 until one is saved) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Workspace id */
                    ws: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            avatarMediaId: string | null;
                            /** @description The avatar image, signed for a while; null without one */
                            avatarUrl: string | null;
                            description: string;
                            items: {
                                code: string;
                                label: string;
                                linkId: string;
                                /** @description False while the link is archived or expired: kept in the list, left off the page */
                                shown: boolean;
                                url: string;
                            }[];
                            lang: string;
                            slug: string;
                            theme: string;
                            title: string;
                            /** Format: date-time */
                            updatedAt: string;
                            url: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
            };
        };
        /** Create or replace the link-in-bio page */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Workspace id */
                    ws: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description An uploaded image of this workspace */
                        avatarMediaId?: string | null;
                        /** @default  */
                        description?: string;
                        /** @description Short links of this workspace, in the order shown */
                        items: {
                            label: string;
                            linkId: string;
                        }[];
                        /** @description The language of the page, for screen readers and translation (default en) */
                        lang?: string;
                        /** @description The page address: /bio/{slug}. 3 to 64 letters, digits, "-" or "_"; stored lowercase */
                        slug: string;
                        /**
                         * @default light
                         * @enum {string}
                         */
                        theme?: "light" | "dark" | "ocean" | "sunset" | "forest";
                        /** @default  */
                        title?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            avatarMediaId: string | null;
                            /** @description The avatar image, signed for a while; null without one */
                            avatarUrl: string | null;
                            description: string;
                            items: {
                                code: string;
                                label: string;
                                linkId: string;
                                /** @description False while the link is archived or expired: kept in the list, left off the page */
                                shown: boolean;
                                url: string;
                            }[];
                            lang: string;
                            slug: string;
                            theme: string;
                            title: string;
                            /** Format: date-time */
                            updatedAt: string;
                            url: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{ws}/calendar-feed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Whether the workspace has a calendar feed (editors) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Workspace id */
                    ws: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description When the current address was made (ISO 8601), null when there is none */
                            createdAt: string | null;
                            /** @description Whether the workspace has a working feed address */
                            exists: boolean;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Create or rotate the calendar feed address (editors)
         * @description An iCalendar (RFC 5545) feed of scheduled and published publications, from 30 days ago to a year ahead.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Workspace id */
                    ws: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            createdAt: string;
                            /** @description The secret feed address (iCalendar). Shown only now: the server keeps only a hash of it */
                            url: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
            };
        };
        /** Revoke the calendar feed address (editors) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Workspace id */
                    ws: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": null;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{ws}/campaigns": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the campaigns */
        get: {
            parameters: {
                query?: {
                    /** @description true: archived campaigns too */
                    archived?: "true" | "false";
                };
                header?: never;
                path: {
                    /** @description Workspace id */
                    ws: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            campaigns: {
                                /** Format: date-time */
                                archivedAt: string | null;
                                /** Format: date-time */
                                createdAt: string;
                                /** Format: date-time */
                                endsAt: string;
                                /**
                                 * @description What the campaign is for: being seen, visits, or leads and sales
                                 * @enum {string}
                                 */
                                goal: "awareness" | "traffic" | "leads";
                                id: string;
                                name: string;
                                /** Format: date-time */
                                startsAt: string;
                                /** Format: date-time */
                                updatedAt: string;
                                utmCampaign: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /** Create a campaign */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Workspace id */
                    ws: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * Format: date-time
                         * @description When it ends, at or after startsAt
                         */
                        endsAt: string;
                        /**
                         * @description What the campaign is for: being seen, visits, or leads and sales
                         * @enum {string}
                         */
                        goal: "awareness" | "traffic" | "leads";
                        name: string;
                        /**
                         * Format: date-time
                         * @description When it starts (UTC instant)
                         */
                        startsAt: string;
                        /** @description utm_campaign of its tracked links; empty or absent: a slug of the name */
                        utmCampaign?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date-time */
                            archivedAt: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            endsAt: string;
                            /**
                             * @description What the campaign is for: being seen, visits, or leads and sales
                             * @enum {string}
                             */
                            goal: "awareness" | "traffic" | "leads";
                            id: string;
                            name: string;
                            /** Format: date-time */
                            startsAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            utmCampaign: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{ws}/campaigns/{campaignId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A campaign */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Campaign id */
                    campaignId: string;
                    /** @description Workspace id */
                    ws: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date-time */
                            archivedAt: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            endsAt: string;
                            /**
                             * @description What the campaign is for: being seen, visits, or leads and sales
                             * @enum {string}
                             */
                            goal: "awareness" | "traffic" | "leads";
                            id: string;
                            name: string;
                            /** Format: date-time */
                            startsAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            utmCampaign: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** Delete an unused campaign */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Campaign id */
                    campaignId: string;
                    /** @description Workspace id */
                    ws: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": null;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Edit, archive or restore a campaign */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Campaign id */
                    campaignId: string;
                    /** @description Workspace id */
                    ws: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description true: archive (hidden from pickers, results kept); false: restore */
                        archived?: boolean;
                        /** Format: date-time */
                        endsAt?: string;
                        /**
                         * @description What the campaign is for: being seen, visits, or leads and sales
                         * @enum {string}
                         */
                        goal?: "awareness" | "traffic" | "leads";
                        name?: string;
                        /** Format: date-time */
                        startsAt?: string;
                        /** @description utm_campaign of its tracked links; empty or absent: a slug of the name */
                        utmCampaign?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date-time */
                            archivedAt: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            endsAt: string;
                            /**
                             * @description What the campaign is for: being seen, visits, or leads and sales
                             * @enum {string}
                             */
                            goal: "awareness" | "traffic" | "leads";
                            id: string;
                            name: string;
                            /** Format: date-time */
                            startsAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            utmCampaign: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/workspaces/{ws}/campaigns/{campaignId}/report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A campaign's funnel and breakdowns */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Campaign id */
                    campaignId: string;
                    /** @description Workspace id */
                    ws: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            byChannel: {
                                /** @description Human clicks on its links */
                                clicks: number;
                                /** @description engagements ÷ impressions (or ÷ reach); null without either */
                                engagementRate: number | null;
                                engagements: number;
                                impressions: number | null;
                                /** @description Network, channel, segment or post id; null: none */
                                key: string | null;
                                /** @description Visits each visitor passed on */
                                kFactor: number;
                                label: string | null;
                                /** @description Conversions without a value and not named sale/purchase/order */
                                leads: {
                                    count: number;
                                    values: {
                                        currency: string;
                                        /** @description Exact decimal */
                                        sum: string;
                                    }[];
                                };
                                links: number;
                                publications: number;
                                reach: number | null;
                                /** @description Conversions with a value, or named sale/purchase/order */
                                sales: {
                                    count: number;
                                    values: {
                                        currency: string;
                                        /** @description Exact decimal */
                                        sum: string;
                                    }[];
                                };
                                /** @description Visitors whose shared URL brought a visit */
                                shares: number;
                            }[];
                            byNetwork: {
                                /** @description Human clicks on its links */
                                clicks: number;
                                /** @description engagements ÷ impressions (or ÷ reach); null without either */
                                engagementRate: number | null;
                                engagements: number;
                                impressions: number | null;
                                /** @description Network, channel, segment or post id; null: none */
                                key: string | null;
                                /** @description Visits each visitor passed on */
                                kFactor: number;
                                label: string | null;
                                /** @description Conversions without a value and not named sale/purchase/order */
                                leads: {
                                    count: number;
                                    values: {
                                        currency: string;
                                        /** @description Exact decimal */
                                        sum: string;
                                    }[];
                                };
                                links: number;
                                publications: number;
                                reach: number | null;
                                /** @description Conversions with a value, or named sale/purchase/order */
                                sales: {
                                    count: number;
                                    values: {
                                        currency: string;
                                        /** @description Exact decimal */
                                        sum: string;
                                    }[];
                                };
                                /** @description Visitors whose shared URL brought a visit */
                                shares: number;
                            }[];
                            byPost: {
                                /** @description Human clicks on its links */
                                clicks: number;
                                /** @description engagements ÷ impressions (or ÷ reach); null without either */
                                engagementRate: number | null;
                                engagements: number;
                                impressions: number | null;
                                /** @description Network, channel, segment or post id; null: none */
                                key: string | null;
                                /** @description Visits each visitor passed on */
                                kFactor: number;
                                label: string | null;
                                /** @description Conversions without a value and not named sale/purchase/order */
                                leads: {
                                    count: number;
                                    values: {
                                        currency: string;
                                        /** @description Exact decimal */
                                        sum: string;
                                    }[];
                                };
                                links: number;
                                publications: number;
                                reach: number | null;
                                /** @description Conversions with a value, or named sale/purchase/order */
                                sales: {
                                    count: number;
                                    values: {
                                        currency: string;
                                        /** @description Exact decimal */
                                        sum: string;
                                    }[];
                                };
                                /** @description Visitors whose shared URL brought a visit */
                                shares: number;
                            }[];
                            bySegment: {
                                /** @description Human clicks on its links */
                                clicks: number;
                                /** @description engagements ÷ impressions (or ÷ reach); null without either */
                                engagementRate: number | null;
                                engagements: number;
                                impressions: number | null;
                                /** @description Network, channel, segment or post id; null: none */
                                key: string | null;
                                /** @description Visits each visitor passed on */
                                kFactor: number;
                                label: string | null;
                                /** @description Conversions without a value and not named sale/purchase/order */
                                leads: {
                                    count: number;
                                    values: {
                                        currency: string;
                                        /** @description Exact decimal */
                                        sum: string;
                                    }[];
                                };
                                links: number;
                                publications: number;
                                reach: number | null;
                                /** @description Conversions with a value, or named sale/purchase/order */
                                sales: {
                                    count: number;
                                    values: {
                                        currency: string;
                                        /** @description Exact decimal */
                                        sum: string;
                                    }[];
                                };
                                /** @description Visitors whose shared URL brought a visit */
                                shares: number;
                            }[];
                            campaign: {
                                /** Format: date-time */
                                archivedAt: string | null;
                                /** Format: date-time */
                                createdAt: string;
                                /** Format: date-time */
                                endsAt: string;
                                /**
                                 * @description What the campaign is for: being seen, visits, or leads and sales
                                 * @enum {string}
                                 */
                                goal: "awareness" | "traffic" | "leads";
                                id: string;
                                name: string;
                                /** Format: date-time */
                                startsAt: string;
                                /** Format: date-time */
                                updatedAt: string;
                                utmCampaign: string;
                            };
                            funnel: {
                                /** @enum {string} */
                                stage: "impressions" | "engagements" | "clicks" | "leads" | "sales";
                                value: number;
                            }[];
                            total: {
                                /** @description Human clicks on its links */
                                clicks: number;
                                /** @description engagements ÷ impressions (or ÷ reach); null without either */
                                engagementRate: number | null;
                                engagements: number;
                                impressions: number | null;
                                /** @description Visits each visitor passed on */
                                kFactor: number;
                                /** @description Conversions without a value and not named sale/purchase/order */
                                leads: {
                                    count: number;
                                    values: {
                                        currency: string;
                                        /** @description Exact decimal */
                                        sum: string;
                                    }[];
                                };
                                links: number;
                                publications: number;
                                reach: number | null;
                                /** @description Conversions with a value, or named sale/purchase/order */
                                sales: {
                                    count: number;
                                    values: {
                                        currency: string;
                                        /** @description Exact decimal */
                                        sum: string;
                                    }[];
                                };
                                /** @description Visitors whose shared URL brought a visit */
                                shares: number;
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{ws}/channels": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Connected accounts */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Workspace id */
                    ws: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            channels: {
                                attachableTypes: {
                                    images: string[];
                                    videos: string[];
                                };
                                avatarUrl: string | null;
                                /** Format: date-time */
                                createdAt: string;
                                displayName: string;
                                handle: string;
                                id: string;
                                limits: {
                                    acceptedImageTypes: string[];
                                    acceptedVideoTypes: string[];
                                    allowMixedMedia: boolean;
                                    images?: {
                                        formats: string[];
                                        maxBytes: number;
                                        maxHeight?: number;
                                        maxPixels?: number;
                                        maxWidth?: number;
                                        minHeight?: number;
                                        minWidth?: number;
                                    };
                                    maxBytes?: number;
                                    maxGraphemes: number;
                                    maxImageBytes: number;
                                    maxImages: number;
                                    maxVideoBytes: number;
                                    maxVideos: number;
                                    rate: {
                                        perSeconds: number;
                                        requests: number;
                                    };
                                    urlLength?: number;
                                };
                                network: string;
                                serviceUrl: string | null;
                                /** @enum {string} */
                                status: "active" | "needs_reconnect" | "disabled";
                                statusReason: string | null;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /** Connect an account */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Workspace id */
                    ws: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description An app password from Settings → App passwords */
                        appPassword: string;
                        /** @description Handle, email or DID */
                        identifier: string;
                        /** @enum {string} */
                        network: "bluesky";
                        /**
                         * Format: uri
                         * @description PDS URL, when not the default
                         */
                        service?: string;
                    } | {
                        accessToken: string;
                        /** Format: uri */
                        instanceUrl: string;
                        /** @enum {string} */
                        network: "mastodon";
                    } | {
                        accessToken: string;
                        /** @description Page id, Instagram user id, organization URN, Snapchat profile id */
                        accountId?: string;
                        /**
                         * Format: date-time
                         * @description When the access token stops working, if the network said
                         */
                        expiresAt?: string;
                        /** @enum {string} */
                        network: "facebook";
                        refreshToken?: string;
                    } | {
                        accessToken: string;
                        /** @description Page id, Instagram user id, organization URN, Snapchat profile id */
                        accountId?: string;
                        /**
                         * Format: date-time
                         * @description When the access token stops working, if the network said
                         */
                        expiresAt?: string;
                        /** @enum {string} */
                        network: "instagram";
                        refreshToken?: string;
                    } | {
                        accessToken: string;
                        /** @description Page id, Instagram user id, organization URN, Snapchat profile id */
                        accountId?: string;
                        /**
                         * Format: date-time
                         * @description When the access token stops working, if the network said
                         */
                        expiresAt?: string;
                        /** @enum {string} */
                        network: "threads";
                        refreshToken?: string;
                    } | {
                        accessToken: string;
                        /** @description Page id, Instagram user id, organization URN, Snapchat profile id */
                        accountId?: string;
                        /**
                         * Format: date-time
                         * @description When the access token stops working, if the network said
                         */
                        expiresAt?: string;
                        /** @enum {string} */
                        network: "x";
                        refreshToken?: string;
                    } | {
                        accessToken: string;
                        /** @description Page id, Instagram user id, organization URN, Snapchat profile id */
                        accountId?: string;
                        /**
                         * Format: date-time
                         * @description When the access token stops working, if the network said
                         */
                        expiresAt?: string;
                        /** @enum {string} */
                        network: "linkedin";
                        refreshToken?: string;
                    } | {
                        accessToken: string;
                        /** @description Page id, Instagram user id, organization URN, Snapchat profile id */
                        accountId?: string;
                        /**
                         * Format: date-time
                         * @description When the access token stops working, if the network said
                         */
                        expiresAt?: string;
                        /** @enum {string} */
                        network: "youtube";
                        refreshToken?: string;
                    } | {
                        accessToken: string;
                        /** @description Page id, Instagram user id, organization URN, Snapchat profile id */
                        accountId?: string;
                        /**
                         * Format: date-time
                         * @description When the access token stops working, if the network said
                         */
                        expiresAt?: string;
                        /** @enum {string} */
                        network: "tiktok";
                        refreshToken?: string;
                    } | {
                        accessToken: string;
                        /** @description Page id, Instagram user id, organization URN, Snapchat profile id */
                        accountId?: string;
                        /**
                         * Format: date-time
                         * @description When the access token stops working, if the network said
                         */
                        expiresAt?: string;
                        /** @enum {string} */
                        network: "pinterest";
                        refreshToken?: string;
                    } | {
                        accessToken: string;
                        /** @description Page id, Instagram user id, organization URN, Snapchat profile id */
                        accountId?: string;
                        /**
                         * Format: date-time
                         * @description When the access token stops working, if the network said
                         */
                        expiresAt?: string;
                        /** @enum {string} */
                        network: "snapchat";
                        refreshToken?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            attachableTypes: {
                                images: string[];
                                videos: string[];
                            };
                            avatarUrl: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            displayName: string;
                            handle: string;
                            id: string;
                            limits: {
                                acceptedImageTypes: string[];
                                acceptedVideoTypes: string[];
                                allowMixedMedia: boolean;
                                images?: {
                                    formats: string[];
                                    maxBytes: number;
                                    maxHeight?: number;
                                    maxPixels?: number;
                                    maxWidth?: number;
                                    minHeight?: number;
                                    minWidth?: number;
                                };
                                maxBytes?: number;
                                maxGraphemes: number;
                                maxImageBytes: number;
                                maxImages: number;
                                maxVideoBytes: number;
                                maxVideos: number;
                                rate: {
                                    perSeconds: number;
                                    requests: number;
                                };
                                urlLength?: number;
                            };
                            network: string;
                            serviceUrl: string | null;
                            /** @enum {string} */
                            status: "active" | "needs_reconnect" | "disabled";
                            statusReason: string | null;
                        };
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            attachableTypes: {
                                images: string[];
                                videos: string[];
                            };
                            avatarUrl: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            displayName: string;
                            handle: string;
                            id: string;
                            limits: {
                                acceptedImageTypes: string[];
                                acceptedVideoTypes: string[];
                                allowMixedMedia: boolean;
                                images?: {
                                    formats: string[];
                                    maxBytes: number;
                                    maxHeight?: number;
                                    maxPixels?: number;
                                    maxWidth?: number;
                                    minHeight?: number;
                                    minWidth?: number;
                                };
                                maxBytes?: number;
                                maxGraphemes: number;
                                maxImageBytes: number;
                                maxImages: number;
                                maxVideoBytes: number;
                                maxVideos: number;
                                rate: {
                                    perSeconds: number;
                                    requests: number;
                                };
                                urlLength?: number;
                            };
                            network: string;
                            serviceUrl: string | null;
                            /** @enum {string} */
                            status: "active" | "needs_reconnect" | "disabled";
                            statusReason: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{ws}/channels/{channelId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Disconnect an account */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Channel id */
                    channelId: string;
                    /** @description Workspace id */
                    ws: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": null;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{ws}/channels/{channelId}/account-metrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A channel's account figures per day: followers, following, posts, and its own reach where reported */
        get: {
            parameters: {
                query?: {
                    /** @description First day, YYYY-MM-DD (default: 27 days before `to`) */
                    from?: string;
                    /** @description Last day (default: today, UTC) */
                    to?: string;
                };
                header?: never;
                path: {
                    /** @description Channel id */
                    channelId: string;
                    /** @description Workspace id */
                    ws: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            channelId: string;
                            days: {
                                day: string;
                                followers: number | null;
                                following: number | null;
                                /** @description The account's own, where the network reports them */
                                impressions: number | null;
                                posts: number | null;
                                reach: number | null;
                            }[];
                            followersChange: number | null;
                            network: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{ws}/channels/{channelId}/audience-time-zone": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Set the time zone of a channel's audience */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Channel id */
                    channelId: string;
                    /** @description Workspace id */
                    ws: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description IANA zone, e.g. America/New_York; null: the workspace's */
                        timeZone: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description The channel's own zone; null when it follows the workspace's */
                            audienceTimeZone: string | null;
                            /** @description The zone best times of this channel are counted in */
                            timeZone: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{ws}/channels/{channelId}/best-times": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Best weekdays and hours to post on a channel
         * @description Expected engagement per weekday × hour from the channel's imported history and published posts, pulled towards a prior from published studies while the history is thin (empirical Bayes).
         */
        get: {
            parameters: {
                query?: {
                    /** @description How many slots, best first (1–168, default 7) */
                    count?: number;
                    /** @description IANA zone of the answer's weekdays and hours; default the channel's audience zone, else the workspace's */
                    timeZone?: string;
                };
                header?: never;
                path: {
                    /** @description Channel id */
                    channelId: string;
                    /** @description Workspace id */
                    ws: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            slots: {
                                /** @description 0–23, on the clock of timeZone */
                                hour: number;
                                /** @description Past posts in this slot behind the estimate (0: the published studies alone) */
                                posts: number;
                                /** @description Expected engagement relative to the channel's average post (1 = average) */
                                score: number;
                                /** @description 1 = Monday … 7 = Sunday */
                                weekday: number;
                            }[];
                            /** @description The zone weekdays and hours are counted in */
                            timeZone: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{ws}/channels/{channelId}/boards": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create a Pinterest board on the channel */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Channel id */
                    channelId: string;
                    /** @description Workspace id */
                    ws: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        description?: string;
                        name: string;
                        /** @enum {string} */
                        privacy?: "PUBLIC" | "SECRET";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            name: string;
                            privacy: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                502: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{ws}/channels/{channelId}/compose-options": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A channel's choices for the composer (audiences, boards, categories) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Channel id */
                    channelId: string;
                    /** @description Workspace id */
                    ws: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            channelId: string;
                            network: string;
                            options: ({
                                categories: {
                                    id: string;
                                    name: string;
                                }[];
                                channelMadeForKids: boolean | null;
                                defaultCategoryId: string;
                                defaultPrivacy: string;
                                maxDurationSeconds: number | null;
                                maxTitleLength: number;
                                /** @enum {string} */
                                network: "youtube";
                                privacyOptions: string[];
                            } | {
                                commentDisabled: boolean;
                                creator: string | null;
                                duetDisabled: boolean;
                                maxDurationSeconds: number | null;
                                /** @enum {string} */
                                network: "tiktok";
                                /** @description Offer these with none chosen: TikTok requires the person to pick */
                                privacyLevelOptions: string[];
                                stitchDisabled: boolean;
                            } | {
                                boards: {
                                    id: string;
                                    name: string;
                                    privacy: string;
                                }[];
                                canCreateBoard: boolean;
                                maxTitleLength: number;
                                /** @enum {string} */
                                network: "pinterest";
                            } | {
                                kinds: string[];
                                maxDescriptionLength: number;
                                maxDurationSeconds: number;
                                maxTitleLength: number;
                                minDurationSeconds: number;
                                /** @enum {string} */
                                network: "snapchat";
                            } | {
                                /** @description Only organization pages can target an audience (options.targetEntities) */
                                audienceTargeting: boolean;
                                geoLocations: {
                                    /** @description ISO 3166 code, for its name */
                                    country: string;
                                    id: string;
                                }[];
                                interfaceLocales: {
                                    country: string;
                                    language: string;
                                }[];
                                /** @enum {string} */
                                network: "linkedin";
                                seniorities: string[];
                                staffCountRanges: string[];
                            }) | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                502: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{ws}/channels/{channelId}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import past posts from a CSV (published_at, impressions, engagements, clicks?)
         * @description The body is the CSV (Content-Type: text/csv) or a multipart/form-data field "file". Header names are read in any case and order; published_at is ISO 8601 with its offset. Up to 5 MB and 100,000 rows. Importing the same rows again stores nothing new.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Channel id */
                    channelId: string;
                    /** @description Workspace id */
                    ws: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Rows refused (the first 100), the others were imported */
                            errors: {
                                /** @description Row number as a spreadsheet shows it; the header is row 1 */
                                line: number;
                                message: string;
                            }[];
                            /** @description Posts stored by this import */
                            imported: number;
                            /** @description Posts already stored (same channel and published_at), including repeats within the file */
                            skipped: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{ws}/channels/{channelId}/queue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A channel's queue slots */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Channel id */
                    channelId: string;
                    /** @description Workspace id */
                    ws: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            channelId: string;
                            /** @description Sorted by weekday, then time */
                            slots: {
                                /** @description HH:MM, 24 h, on the clock of timeZone */
                                time: string;
                                /** @description 1 = Monday … 7 = Sunday, on the clock of timeZone */
                                weekday: number;
                            }[];
                            /** @description The clock the slots are on: the channel's audience zone, else the workspace's */
                            timeZone: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
            };
        };
        /**
         * Replace a channel's queue slots
         * @description At most 100 slots; a slot given twice is kept once. An empty list empties the queue.
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Channel id */
                    channelId: string;
                    /** @description Workspace id */
                    ws: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        slots: {
                            /** @description HH:MM, 24 h, on the clock of timeZone */
                            time: string;
                            /** @description 1 = Monday … 7 = Sunday, on the clock of timeZone */
                            weekday: number;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            channelId: string;
                            /** @description Sorted by weekday, then time */
                            slots: {
                                /** @description HH:MM, 24 h, on the clock of timeZone */
                                time: string;
                                /** @description 1 = Monday … 7 = Sunday, on the clock of timeZone */
                                weekday: number;
                            }[];
                            /** @description The clock the slots are on: the channel's audience zone, else the workspace's */
                            timeZone: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{ws}/channels/mastodon/oauth": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start "Sign in with Mastodon" */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Workspace id */
                    ws: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        instanceUrl: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            authorizeUrl: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{ws}/collect/origins": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Sites allowed to send tracking data */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Workspace id */
                    ws: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description e.g. ["https://shop.example.com"] */
                            origins: string[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
            };
        };
        /** Replace the sites allowed to send tracking data */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Workspace id */
                    ws: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description e.g. ["https://shop.example.com"] */
                        origins: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description e.g. ["https://shop.example.com"] */
                            origins: string[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{ws}/engagement-replies/{replyId}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Approve a contributor's reply: it is sent at once */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Reply id */
                    replyId: string;
                    /** @description Workspace id */
                    ws: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            reply: {
                                approvedBy: string | null;
                                attempts: number;
                                authorId: string | null;
                                channelId: string;
                                /** Format: date-time */
                                createdAt: string;
                                engagementId: string;
                                /** @description Why it failed, or the reason it was rejected */
                                error: string | null;
                                /** @description A stable code for the failure, e.g. reply_outcome_unknown */
                                errorCode: string | null;
                                /** @description The reply on the network, once sent */
                                externalId: string | null;
                                id: string;
                                /** Format: date-time */
                                sentAt: string | null;
                                /**
                                 * @description pending_approval (a contributor's, waiting for an editor) → queued → sending → sent | failed; or rejected
                                 * @enum {string}
                                 */
                                status: "pending_approval" | "queued" | "sending" | "sent" | "failed" | "rejected";
                                text: string;
                                url: string | null;
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{ws}/engagement-replies/{replyId}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reject a contributor's reply, with a reason for its author */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Reply id */
                    replyId: string;
                    /** @description Workspace id */
                    ws: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @default  */
                        reason?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            reply: {
                                approvedBy: string | null;
                                attempts: number;
                                authorId: string | null;
                                channelId: string;
                                /** Format: date-time */
                                createdAt: string;
                                engagementId: string;
                                /** @description Why it failed, or the reason it was rejected */
                                error: string | null;
                                /** @description A stable code for the failure, e.g. reply_outcome_unknown */
                                errorCode: string | null;
                                /** @description The reply on the network, once sent */
                                externalId: string | null;
                                id: string;
                                /** Format: date-time */
                                sentAt: string | null;
                                /**
                                 * @description pending_approval (a contributor's, waiting for an editor) → queued → sending → sent | failed; or rejected
                                 * @enum {string}
                                 */
                                status: "pending_approval" | "queued" | "sending" | "sent" | "failed" | "rejected";
                                text: string;
                                url: string | null;
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{ws}/engagement-replies/pending": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Replies waiting for approval, oldest first */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Workspace id */
                    ws: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description All of them (the list shows the first 200) */
                            count: number;
                            replies: {
                                approvedBy: string | null;
                                attempts: number;
                                authorId: string | null;
                                channelId: string;
                                /** Format: date-time */
                                createdAt: string;
                                /** @description The item it answers */
                                engagement: {
                                    authorHandle: string;
                                    network: string;
                                    text: string;
                                };
                                engagementId: string;
                                /** @description Why it failed, or the reason it was rejected */
                                error: string | null;
                                /** @description A stable code for the failure, e.g. reply_outcome_unknown */
                                errorCode: string | null;
                                /** @description The reply on the network, once sent */
                                externalId: string | null;
                                id: string;
                                /** Format: date-time */
                                sentAt: string | null;
                                /**
                                 * @description pending_approval (a contributor's, waiting for an editor) → queued → sending → sent | failed; or rejected
                                 * @enum {string}
                                 */
                                status: "pending_approval" | "queued" | "sending" | "sent" | "failed" | "rejected";
                                text: string;
                                url: string | null;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{ws}/engagements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Replies, mentions, quotes and direct messages, newest first (or oldest open first) */
        get: {
            parameters: {
                query?: {
                    /** @description A member id, or "me" */
                    assigneeId?: string;
                    /** @description The nextBefore of the previous page (or an ISO date) */
                    before?: string;
                    /** @description Only this channel */
                    channelId?: string;
                    /** @description Created at or after */
                    from?: string;
                    kind?: "reply" | "mention" | "direct_message" | "quote" | "listening";
                    /** @description Only items detected in this language */
                    language?: "en" | "fr" | "unknown";
                    /** @description How many to answer at most (1 to 200) */
                    limit?: number;
                    /** @description Only this network */
                    network?: string;
                    /** @description "oldest_open" lists open items only, oldest first */
                    order?: "newest" | "oldest_open";
                    /** @description Only items scored so on arrival */
                    sentiment?: "positive" | "neutral" | "negative";
                    /** @description "open" is every item not done; "assigned" the open ones someone has */
                    status?: "open" | "assigned" | "done";
                    tag?: string;
                    /** @description Created before */
                    to?: string;
                };
                header?: never;
                path: {
                    /** @description Workspace id */
                    ws: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            engagements: {
                                assignee: {
                                    id: string;
                                    name: string;
                                } | null;
                                author: {
                                    avatarUrl: string | null;
                                    externalId: string;
                                    handle: string;
                                    name: string;
                                };
                                channelId: string;
                                /** Format: date-time */
                                createdAt: string;
                                /** Format: date-time */
                                doneAt: string | null;
                                /** @description The item's id on the network */
                                externalId: string;
                                hidden: boolean;
                                id: string;
                                /** @enum {string} */
                                kind: "reply" | "mention" | "direct_message" | "quote" | "listening";
                                /** @description Detected on arrival: en, fr, or unknown */
                                language: string;
                                /** @description Whether the workspace's account liked it on the network through Chorus */
                                liked: boolean;
                                network: string;
                                notesCount: number;
                                /** @description The post or comment it answers, on the network */
                                parentExternalId: string | null;
                                /** @description Our post it answers, to thread the inbox under it */
                                post: {
                                    /** @description The start of the publication's text */
                                    excerpt: string;
                                    id: string;
                                    publicationUrl: string | null;
                                } | null;
                                postId: string | null;
                                /** @description Our publication it belongs to, when it answers one */
                                publicationId: string | null;
                                /** Format: date-time */
                                receivedAt: string;
                                /** Format: date-time */
                                repliedAt: string | null;
                                replyUrl: string | null;
                                /** @description Scored on arrival, from -1 to 1; null for items stored before sentiment existed */
                                sentiment: {
                                    /** @enum {string} */
                                    label: "positive" | "neutral" | "negative";
                                    score: number;
                                } | null;
                                /**
                                 * @description "open" is every item not done; "assigned" the open ones someone has
                                 * @enum {string}
                                 */
                                status: "open" | "assigned" | "done";
                                tags: string[];
                                text: string;
                                url: string | null;
                            }[];
                            nextBefore: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{ws}/engagements/{engagementId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete a comment on our post, where the network allows it (422 where it does not) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Engagement id */
                    engagementId: string;
                    /** @description Workspace id */
                    ws: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": null;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                502: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Mark an item done or open, assign it, tag it */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Engagement id */
                    engagementId: string;
                    /** @description Workspace id */
                    ws: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description A member of this workspace, or null to unassign */
                        assigneeId?: string | null;
                        /**
                         * @description "done" takes it off the queue; "open" reopens it
                         * @enum {string}
                         */
                        status?: "open" | "done";
                        /** @description Replaces the tags */
                        tags?: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            assignee: {
                                id: string;
                                name: string;
                            } | null;
                            author: {
                                avatarUrl: string | null;
                                externalId: string;
                                handle: string;
                                name: string;
                            };
                            channelId: string;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            doneAt: string | null;
                            /** @description The item's id on the network */
                            externalId: string;
                            hidden: boolean;
                            id: string;
                            /** @enum {string} */
                            kind: "reply" | "mention" | "direct_message" | "quote" | "listening";
                            /** @description Detected on arrival: en, fr, or unknown */
                            language: string;
                            /** @description Whether the workspace's account liked it on the network through Chorus */
                            liked: boolean;
                            network: string;
                            notesCount: number;
                            /** @description The post or comment it answers, on the network */
                            parentExternalId: string | null;
                            /** @description Our post it answers, to thread the inbox under it */
                            post: {
                                /** @description The start of the publication's text */
                                excerpt: string;
                                id: string;
                                publicationUrl: string | null;
                            } | null;
                            postId: string | null;
                            /** @description Our publication it belongs to, when it answers one */
                            publicationId: string | null;
                            /** Format: date-time */
                            receivedAt: string;
                            /** Format: date-time */
                            repliedAt: string | null;
                            replyUrl: string | null;
                            /** @description Scored on arrival, from -1 to 1; null for items stored before sentiment existed */
                            sentiment: {
                                /** @enum {string} */
                                label: "positive" | "neutral" | "negative";
                                score: number;
                            } | null;
                            /**
                             * @description "open" is every item not done; "assigned" the open ones someone has
                             * @enum {string}
                             */
                            status: "open" | "assigned" | "done";
                            tags: string[];
                            text: string;
                            url: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/workspaces/{ws}/engagements/{engagementId}/hide": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Hide a comment on our post (or show it again), where the network allows it */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Engagement id */
                    engagementId: string;
                    /** @description Workspace id */
                    ws: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        hidden: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            author: {
                                avatarUrl: string | null;
                                externalId: string;
                                handle: string;
                                name: string;
                            };
                            channelId: string;
                            /** Format: date-time */
                            createdAt: string;
                            /** @description The item's id on the network */
                            externalId: string;
                            hidden: boolean;
                            id: string;
                            /** @enum {string} */
                            kind: "reply" | "mention" | "direct_message" | "quote" | "listening";
                            /** @description Detected on arrival: en, fr, or unknown */
                            language: string;
                            /** @description Whether the workspace's account liked it on the network through Chorus */
                            liked: boolean;
                            network: string;
                            /** @description The post or comment it answers, on the network */
                            parentExternalId: string | null;
                            postId: string | null;
                            /** @description Our publication it belongs to, when it answers one */
                            publicationId: string | null;
                            /** Format: date-time */
                            receivedAt: string;
                            /** Format: date-time */
                            repliedAt: string | null;
                            replyUrl: string | null;
                            /** @description Scored on arrival, from -1 to 1; null for items stored before sentiment existed */
                            sentiment: {
                                /** @enum {string} */
                                label: "positive" | "neutral" | "negative";
                                score: number;
                            } | null;
                            text: string;
                            url: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                502: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{ws}/engagements/{engagementId}/like": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Like an item on its network, where the network allows it */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Engagement id */
                    engagementId: string;
                    /** @description Workspace id */
                    ws: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            author: {
                                avatarUrl: string | null;
                                externalId: string;
                                handle: string;
                                name: string;
                            };
                            channelId: string;
                            /** Format: date-time */
                            createdAt: string;
                            /** @description The item's id on the network */
                            externalId: string;
                            hidden: boolean;
                            id: string;
                            /** @enum {string} */
                            kind: "reply" | "mention" | "direct_message" | "quote" | "listening";
                            /** @description Detected on arrival: en, fr, or unknown */
                            language: string;
                            /** @description Whether the workspace's account liked it on the network through Chorus */
                            liked: boolean;
                            network: string;
                            /** @description The post or comment it answers, on the network */
                            parentExternalId: string | null;
                            postId: string | null;
                            /** @description Our publication it belongs to, when it answers one */
                            publicationId: string | null;
                            /** Format: date-time */
                            receivedAt: string;
                            /** Format: date-time */
                            repliedAt: string | null;
                            replyUrl: string | null;
                            /** @description Scored on arrival, from -1 to 1; null for items stored before sentiment existed */
                            sentiment: {
                                /** @enum {string} */
                                label: "positive" | "neutral" | "negative";
                                score: number;
                            } | null;
                            text: string;
                            url: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                502: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
            };
        };
        /** Take back a like */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Engagement id */
                    engagementId: string;
                    /** @description Workspace id */
                    ws: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            author: {
                                avatarUrl: string | null;
                                externalId: string;
                                handle: string;
                                name: string;
                            };
                            channelId: string;
                            /** Format: date-time */
                            createdAt: string;
                            /** @description The item's id on the network */
                            externalId: string;
                            hidden: boolean;
                            id: string;
                            /** @enum {string} */
                            kind: "reply" | "mention" | "direct_message" | "quote" | "listening";
                            /** @description Detected on arrival: en, fr, or unknown */
                            language: string;
                            /** @description Whether the workspace's account liked it on the network through Chorus */
                            liked: boolean;
                            network: string;
                            /** @description The post or comment it answers, on the network */
                            parentExternalId: string | null;
                            postId: string | null;
                            /** @description Our publication it belongs to, when it answers one */
                            publicationId: string | null;
                            /** Format: date-time */
                            receivedAt: string;
                            /** Format: date-time */
                            repliedAt: string | null;
                            replyUrl: string | null;
                            /** @description Scored on arrival, from -1 to 1; null for items stored before sentiment existed */
                            sentiment: {
                                /** @enum {string} */
                                label: "positive" | "neutral" | "negative";
                                score: number;
                            } | null;
                            text: string;
                            url: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                502: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{ws}/engagements/{engagementId}/notes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Internal notes on an item (never sent to the network) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Engagement id */
                    engagementId: string;
                    /** @description Workspace id */
                    ws: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            notes: {
                                author: {
                                    id: string;
                                    name: string;
                                } | null;
                                /** Format: date-time */
                                createdAt: string;
                                id: string;
                                text: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /** Add an internal note to an item */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Engagement id */
                    engagementId: string;
                    /** @description Workspace id */
                    ws: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        text: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            author: {
                                id: string;
                                name: string;
                            } | null;
                            /** Format: date-time */
                            createdAt: string;
                            id: string;
                            text: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{ws}/engagements/{engagementId}/replies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An item's replies, oldest first, with their status */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Engagement id */
                    engagementId: string;
                    /** @description Workspace id */
                    ws: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            replies: {
                                approvedBy: string | null;
                                attempts: number;
                                authorId: string | null;
                                channelId: string;
                                /** Format: date-time */
                                createdAt: string;
                                engagementId: string;
                                /** @description Why it failed, or the reason it was rejected */
                                error: string | null;
                                /** @description A stable code for the failure, e.g. reply_outcome_unknown */
                                errorCode: string | null;
                                /** @description The reply on the network, once sent */
                                externalId: string | null;
                                id: string;
                                /** Format: date-time */
                                sentAt: string | null;
                                /**
                                 * @description pending_approval (a contributor's, waiting for an editor) → queued → sending → sent | failed; or rejected
                                 * @enum {string}
                                 */
                                status: "pending_approval" | "queued" | "sending" | "sent" | "failed" | "rejected";
                                text: string;
                                url: string | null;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{ws}/engagements/{engagementId}/reply": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reply to a comment or mention (queued; a contributor's reply waits for approval) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Engagement id */
                    engagementId: string;
                    /** @description Workspace id */
                    ws: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        text: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            reply: {
                                approvedBy: string | null;
                                attempts: number;
                                authorId: string | null;
                                channelId: string;
                                /** Format: date-time */
                                createdAt: string;
                                engagementId: string;
                                /** @description Why it failed, or the reason it was rejected */
                                error: string | null;
                                /** @description A stable code for the failure, e.g. reply_outcome_unknown */
                                errorCode: string | null;
                                /** @description The reply on the network, once sent */
                                externalId: string | null;
                                id: string;
                                /** Format: date-time */
                                sentAt: string | null;
                                /**
                                 * @description pending_approval (a contributor's, waiting for an editor) → queued → sending → sent | failed; or rejected
                                 * @enum {string}
                                 */
                                status: "pending_approval" | "queued" | "sending" | "sent" | "failed" | "rejected";
                                text: string;
                                url: string | null;
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                502: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{ws}/engagements/counts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The inbox's counts for the navigation */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Workspace id */
                    ws: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Open items assigned to the caller */
                            assignedToMe: number;
                            /** @description Marked done since midnight on the workspace's clock */
                            doneToday: number;
                            /** @description Items not done yet */
                            open: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{ws}/imports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import posts from a CSV file (Hootsuite, Sprout Social, Agorapulse, Chorus)
         * @description JSON, or multipart/form-data with the file in "file". Accept: application/x-ndjson streams progress lines before the result.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Workspace id */
                    ws: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Save nothing if any row is refused */
                        allOrNothing?: boolean;
                        /** @description Import every row as a draft, dates left out */
                        asDrafts?: boolean;
                        /** @description The channels every row is posted to */
                        channelIds: string[];
                        /** @description The file's text (UTF-8); a byte-order mark and CRLF line ends are fine */
                        csv: string;
                        /**
                         * @description How the dates are written (day/month/year, ...); read from the file when its rows settle it
                         * @enum {string}
                         */
                        dateOrder?: "DMY" | "MDY" | "YMD";
                        /** @description Check every row and save nothing */
                        dryRun: boolean;
                        /**
                         * @description Detected from the file when absent
                         * @enum {string}
                         */
                        format?: "hootsuite" | "sprout" | "agorapulse" | "chorus";
                        /** @description The IANA zone the file's times are on (default: the workspace's) */
                        timeZone?: string;
                    };
                    "multipart/form-data": {
                        /** @description Save nothing if any row is refused */
                        allOrNothing?: boolean;
                        /** @description Import every row as a draft, dates left out */
                        asDrafts?: boolean;
                        /** @description The channels every row is posted to */
                        channelIds: string[];
                        /** @description The file's text (UTF-8); a byte-order mark and CRLF line ends are fine */
                        csv: string;
                        /**
                         * @description How the dates are written (day/month/year, ...); read from the file when its rows settle it
                         * @enum {string}
                         */
                        dateOrder?: "DMY" | "MDY" | "YMD";
                        /** @description Check every row and save nothing */
                        dryRun: boolean;
                        /**
                         * @description Detected from the file when absent
                         * @enum {string}
                         */
                        format?: "hootsuite" | "sprout" | "agorapulse" | "chorus";
                        /** @description The IANA zone the file's times are on (default: the workspace's) */
                        timeZone?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            format: "hootsuite" | "sprout" | "agorapulse" | "chorus";
                            /** @description Posts saved (0 for a dry run) */
                            imported: number;
                            rows: {
                                errors?: {
                                    /** @description The file's column name (its letter when it has no header) */
                                    column: string;
                                    message: string;
                                }[];
                                /** @description The row as a spreadsheet numbers it: the header is line 1 */
                                line: number;
                                /** Format: date-time */
                                scheduledAt?: string;
                                /** @enum {string} */
                                status: "ok" | "error";
                                text?: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{ws}/inbox/business-hours": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The workspace's business hours (the default ones until set) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Workspace id */
                    ws: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Opening intervals; several per weekday allowed; a weekday without any is closed */
                            days: {
                                /** @description Wall-clock closing time after start, "HH:MM" ("24:00" for midnight) */
                                end: string;
                                /** @description Wall-clock opening time, "HH:MM" */
                                start: string;
                                /** @description ISO weekday: 1 = Monday … 7 = Sunday */
                                weekday: number;
                            }[];
                            /** @description True while the workspace has not set its own (Monday to Friday, 09:00–17:00) */
                            isDefault: boolean;
                            /** @description IANA time zone the hours are read in, e.g. Europe/Paris */
                            timeZone: string;
                            updatedAt: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
            };
        };
        /** Set the business hours the team figures count in */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Workspace id */
                    ws: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Opening intervals; several per weekday allowed; a weekday without any is closed */
                        days: {
                            /** @description Wall-clock closing time after start, "HH:MM" ("24:00" for midnight) */
                            end: string;
                            /** @description Wall-clock opening time, "HH:MM" */
                            start: string;
                            /** @description ISO weekday: 1 = Monday … 7 = Sunday */
                            weekday: number;
                        }[];
                        /** @description IANA time zone the hours are read in, e.g. Europe/Paris */
                        timeZone: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Opening intervals; several per weekday allowed; a weekday without any is closed */
                            days: {
                                /** @description Wall-clock closing time after start, "HH:MM" ("24:00" for midnight) */
                                end: string;
                                /** @description Wall-clock opening time, "HH:MM" */
                                start: string;
                                /** @description ISO weekday: 1 = Monday … 7 = Sunday */
                                weekday: number;
                            }[];
                            /** @description True while the workspace has not set its own (Monday to Friday, 09:00–17:00) */
                            isDefault: boolean;
                            /** @description IANA time zone the hours are read in, e.g. Europe/Paris */
                            timeZone: string;
                            updatedAt: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{ws}/inbox/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Live inbox updates (Server-Sent Events)
         * @description Send `Accept: text/event-stream` (a browser EventSource does); anything else answers 406.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Workspace id */
                    ws: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description An endless event stream */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/event-stream": string;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                406: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{ws}/inbox/figures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The team's inbox figures over a range of days */
        get: {
            parameters: {
                query?: {
                    /** @description Only this channel */
                    channelId?: string;
                    /** @description First day, YYYY-MM-DD (default: 29 days before `to`) */
                    from?: string;
                    /** @description Last day, included, YYYY-MM-DD (default: today on the business hours clock) */
                    to?: string;
                };
                header?: never;
                path: {
                    /** @description Workspace id */
                    ws: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            channels: {
                                channel: {
                                    handle: string;
                                    id: string;
                                    name: string;
                                    network: string;
                                };
                                /** @description Items marked done in the range */
                                done: number;
                                /** @description From when an item reached Chorus to its first reply, in business time */
                                firstReply: {
                                    /** @description Median, in business seconds; null with nothing to measure */
                                    medianSeconds: number | null;
                                    /** @description 90th percentile, in business seconds */
                                    p90Seconds: number | null;
                                };
                                /** @description Items first answered through Chorus in the range */
                                replied: number;
                                /** @description From when an item reached Chorus to when it was marked done, in business time */
                                toDone: {
                                    /** @description Median, in business seconds; null with nothing to measure */
                                    medianSeconds: number | null;
                                    /** @description 90th percentile, in business seconds */
                                    p90Seconds: number | null;
                                };
                            }[];
                            days: {
                                day: string;
                                negative: number;
                                neutral: number;
                                positive: number;
                                unknown: number;
                            }[];
                            /** @description First day counted (YYYY-MM-DD, on the business hours clock) */
                            from: string;
                            teammates: {
                                /** @description Items marked done in the range */
                                done: number;
                                /** @description From when an item reached Chorus to its first reply, in business time */
                                firstReply: {
                                    /** @description Median, in business seconds; null with nothing to measure */
                                    medianSeconds: number | null;
                                    /** @description 90th percentile, in business seconds */
                                    p90Seconds: number | null;
                                };
                                /** @description Items first answered through Chorus in the range */
                                replied: number;
                                /** @description From when an item reached Chorus to when it was marked done, in business time */
                                toDone: {
                                    /** @description Median, in business seconds; null with nothing to measure */
                                    medianSeconds: number | null;
                                    /** @description 90th percentile, in business seconds */
                                    p90Seconds: number | null;
                                };
                                /** @description Null: not recorded (replies sent before Chorus kept who sent them) */
                                user: {
                                    id: string;
                                    name: string;
                                } | null;
                            }[];
                            timeZone: string;
                            /** @description Last day counted, included */
                            to: string;
                            totals: {
                                /** @description Items marked done in the range */
                                done: number;
                                /** @description From when an item reached Chorus to its first reply, in business time */
                                firstReply: {
                                    /** @description Median, in business seconds; null with nothing to measure */
                                    medianSeconds: number | null;
                                    /** @description 90th percentile, in business seconds */
                                    p90Seconds: number | null;
                                };
                                /** @description Items posted in the range */
                                received: number;
                                /** @description Items first answered through Chorus in the range */
                                replied: number;
                                /** @description From when an item reached Chorus to when it was marked done, in business time */
                                toDone: {
                                    /** @description Median, in business seconds; null with nothing to measure */
                                    medianSeconds: number | null;
                                    /** @description 90th percentile, in business seconds */
                                    p90Seconds: number | null;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{ws}/link-preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A page's share card as the networks will show it, and what it lacks
         * @description 422 `invalid_url` (not an http(s) address), `unsafe_address` (this machine or a private network), `page_unavailable`, `page_timeout`, `not_html`, each with a message saying why.
         */
        get: {
            parameters: {
                query: {
                    /** @description The page address, http or https */
                    url: string;
                };
                header?: never;
                path: {
                    /** @description Workspace id */
                    ws: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            canonical: string | null;
                            description: string | null;
                            /** @description Where the address led after redirects */
                            finalUrl: string;
                            findings: {
                                /** @description og_image_missing, og_image_small, og_image_heavy, og_image_unreachable, og_title_missing, twitter_card_missing, … */
                                code: string;
                                /** @description What the webmaster can change */
                                fix: string;
                                message: string;
                                /** @description The networks whose card it spoils; empty: all */
                                networks: string[];
                                params?: {
                                    [key: string]: string | number;
                                };
                                /** @enum {string} */
                                severity: "error" | "warning";
                            }[];
                            image: {
                                alt: string | null;
                                bytes: number | null;
                                height: number | null;
                                url: string;
                                width: number | null;
                            } | null;
                            siteName: string | null;
                            title: string | null;
                            twitterCard: string | null;
                            url: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{ws}/links": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Links, newest first */
        get: {
            parameters: {
                query?: {
                    archived?: "true" | "false";
                    /** @description How many to answer at most (1 to 500) */
                    limit?: number;
                    tag?: string;
                };
                header?: never;
                path: {
                    /** @description Workspace id */
                    ws: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            links: {
                                addClickId: boolean;
                                /** Format: date-time */
                                archivedAt: string | null;
                                campaignId: string | null;
                                code: string;
                                /** Format: date-time */
                                createdAt: string;
                                /** Format: date-time */
                                expiresAt: string | null;
                                hasPassword: boolean;
                                id: string;
                                network: string | null;
                                postId: string | null;
                                publicationId: string | null;
                                qrUrl: string;
                                rules: {
                                    url: string;
                                    /** @description A condition of the audience condition language */
                                    when: unknown;
                                }[];
                                shortUrl: string;
                                tags: string[];
                                title: string;
                                /** Format: date-time */
                                updatedAt: string;
                                url: string;
                                utm: {
                                    /** @description Its campaign's utmCampaign; read only */
                                    campaign?: string;
                                    content?: string;
                                    medium?: string;
                                    source?: string;
                                    term?: string;
                                };
                                variants: {
                                    arms: {
                                        id: string;
                                        url: string;
                                        weight: number;
                                    }[];
                                    /** @enum {string} */
                                    mode: "weighted" | "bandit";
                                } | null;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /** Create a tracked short link */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Workspace id */
                    ws: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        addClickId?: boolean;
                        /** @description The campaign it belongs to (GET …/campaigns): its utmCampaign becomes utm_campaign; null: none */
                        campaignId?: string | null;
                        code?: string;
                        /** Format: date-time */
                        expiresAt?: string | null;
                        password?: string | null;
                        rules?: {
                            url: string;
                            /** @description A condition of the audience condition language */
                            when: unknown;
                        }[];
                        tags?: string[];
                        title?: string;
                        url: string;
                        utm?: {
                            content?: string;
                            medium?: string;
                            source?: string;
                            term?: string;
                        };
                        /** @description A/B destinations: weighted (sticky per visitor) or bandit (Thompson sampling) */
                        variants?: {
                            arms: {
                                id: string;
                                url: string;
                                /** @default 1 */
                                weight?: number;
                            }[];
                            /**
                             * @default weighted
                             * @enum {string}
                             */
                            mode?: "weighted" | "bandit";
                        } | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            addClickId: boolean;
                            /** Format: date-time */
                            archivedAt: string | null;
                            campaignId: string | null;
                            code: string;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            expiresAt: string | null;
                            hasPassword: boolean;
                            id: string;
                            network: string | null;
                            postId: string | null;
                            publicationId: string | null;
                            qrUrl: string;
                            rules: {
                                url: string;
                                /** @description A condition of the audience condition language */
                                when: unknown;
                            }[];
                            shortUrl: string;
                            tags: string[];
                            title: string;
                            /** Format: date-time */
                            updatedAt: string;
                            url: string;
                            utm: {
                                /** @description Its campaign's utmCampaign; read only */
                                campaign?: string;
                                content?: string;
                                medium?: string;
                                source?: string;
                                term?: string;
                            };
                            variants: {
                                arms: {
                                    id: string;
                                    url: string;
                                    weight: number;
                                }[];
                                /** @enum {string} */
                                mode: "weighted" | "bandit";
                            } | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{ws}/links/{linkId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One link */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Link id */
                    linkId: string;
                    /** @description Workspace id */
                    ws: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            addClickId: boolean;
                            /** Format: date-time */
                            archivedAt: string | null;
                            campaignId: string | null;
                            code: string;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            expiresAt: string | null;
                            hasPassword: boolean;
                            id: string;
                            network: string | null;
                            postId: string | null;
                            publicationId: string | null;
                            qrUrl: string;
                            rules: {
                                url: string;
                                /** @description A condition of the audience condition language */
                                when: unknown;
                            }[];
                            shortUrl: string;
                            tags: string[];
                            title: string;
                            /** Format: date-time */
                            updatedAt: string;
                            url: string;
                            utm: {
                                /** @description Its campaign's utmCampaign; read only */
                                campaign?: string;
                                content?: string;
                                medium?: string;
                                source?: string;
                                term?: string;
                            };
                            variants: {
                                arms: {
                                    id: string;
                                    url: string;
                                    weight: number;
                                }[];
                                /** @enum {string} */
                                mode: "weighted" | "bandit";
                            } | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Edit or archive a link */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Link id */
                    linkId: string;
                    /** @description Workspace id */
                    ws: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        addClickId?: boolean;
                        archived?: boolean;
                        /** @description The campaign it belongs to (GET …/campaigns): its utmCampaign becomes utm_campaign; null: none */
                        campaignId?: string | null;
                        /** Format: date-time */
                        expiresAt?: string | null;
                        password?: string | null;
                        rules?: {
                            url: string;
                            /** @description A condition of the audience condition language */
                            when: unknown;
                        }[];
                        tags?: string[];
                        title?: string;
                        url?: string;
                        utm?: {
                            content?: string;
                            medium?: string;
                            source?: string;
                            term?: string;
                        };
                        /** @description A/B destinations: weighted (sticky per visitor) or bandit (Thompson sampling) */
                        variants?: {
                            arms: {
                                id: string;
                                url: string;
                                /** @default 1 */
                                weight?: number;
                            }[];
                            /**
                             * @default weighted
                             * @enum {string}
                             */
                            mode?: "weighted" | "bandit";
                        } | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            addClickId: boolean;
                            /** Format: date-time */
                            archivedAt: string | null;
                            campaignId: string | null;
                            code: string;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            expiresAt: string | null;
                            hasPassword: boolean;
                            id: string;
                            network: string | null;
                            postId: string | null;
                            publicationId: string | null;
                            qrUrl: string;
                            rules: {
                                url: string;
                                /** @description A condition of the audience condition language */
                                when: unknown;
                            }[];
                            shortUrl: string;
                            tags: string[];
                            title: string;
                            /** Format: date-time */
                            updatedAt: string;
                            url: string;
                            utm: {
                                /** @description Its campaign's utmCampaign; read only */
                                campaign?: string;
                                content?: string;
                                medium?: string;
                                source?: string;
                                term?: string;
                            };
                            variants: {
                                arms: {
                                    id: string;
                                    url: string;
                                    weight: number;
                                }[];
                                /** @enum {string} */
                                mode: "weighted" | "bandit";
                            } | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/workspaces/{ws}/links/{linkId}/cascade": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Share cascade of a link */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Link id */
                    linkId: string;
                    /** @description Workspace id */
                    ws: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            metrics: {
                                amplification: number;
                                kFactor: number;
                                maxDepth: number;
                                shares: number;
                                sharesPerVisitor: number;
                                structuralVirality: number;
                                visitors: number;
                                /** @description [0] = first generation (came from the link), [1] = their visitors, ... */
                                visitorsByGeneration: number[];
                                visitsPerShare: number;
                            };
                            tree: {
                                /** @description True when only the oldest part of the tree is drawn (metrics always cover all of it) */
                                capped: boolean;
                                nodes: {
                                    id: string;
                                    parentId: string | null;
                                    visits: number;
                                }[];
                                total: number;
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{ws}/links/{linkId}/conversions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Conversions credited to a link */
        get: {
            parameters: {
                query?: {
                    from?: string;
                    to?: string;
                };
                header?: never;
                path: {
                    /** @description Link id */
                    linkId: string;
                    /** @description Workspace id */
                    ws: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            byName: {
                                count: number;
                                name: string;
                                values: {
                                    currency: string;
                                    /** @description Exact decimal */
                                    sum: string;
                                }[];
                            }[];
                            byNetwork: {
                                count: number;
                                /** @description "none" when the link is not tied to a network */
                                network: string;
                                values: {
                                    currency: string;
                                    /** @description Exact decimal */
                                    sum: string;
                                }[];
                            }[];
                            /** Format: date-time */
                            from: string;
                            /** Format: date-time */
                            to: string;
                            total: {
                                count: number;
                                values: {
                                    currency: string;
                                    /** @description Exact decimal */
                                    sum: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{ws}/links/{linkId}/stats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Click statistics of a link */
        get: {
            parameters: {
                query?: {
                    from?: string;
                    interval?: "hour" | "day";
                    to?: string;
                };
                header?: never;
                path: {
                    /** @description Link id */
                    linkId: string;
                    /** @description Workspace id */
                    ws: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            breakdowns: {
                                [key: string]: {
                                    clicks: number;
                                    value: string;
                                }[];
                            };
                            /** Format: date-time */
                            from: string;
                            series: {
                                /** Format: date-time */
                                at: string;
                                clicks: number;
                            }[];
                            /** Format: date-time */
                            to: string;
                            totals: {
                                bots: number;
                                clicks: number;
                                qr: number;
                                uniques: number;
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{ws}/links/{linkId}/variants": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A/B arms and how they perform */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Link id */
                    linkId: string;
                    /** @description Workspace id */
                    ws: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            arms: {
                                conversionRate: number | null;
                                conversions: number;
                                id: string;
                                probabilityBest: number;
                                url: string;
                                visits: number;
                                weight: number;
                            }[];
                            /** @enum {string|null} */
                            mode: "weighted" | "bandit" | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{ws}/listening-queries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Saved listening queries */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Workspace id */
                    ws: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            queries: {
                                active: boolean;
                                channelIds: string[];
                                /** Format: date-time */
                                createdAt: string;
                                exclude: string[];
                                hashtags: string[];
                                id: string;
                                keywords: string[];
                                languages: string[];
                                name: string;
                                /** Format: date-time */
                                updatedAt: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /** Save a listening query */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Workspace id */
                    ws: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @default true */
                        active?: boolean;
                        /** @description The Bluesky, Mastodon and X channels of this workspace that search */
                        channelIds: string[];
                        /**
                         * @description A post whose text contains any of these is left out
                         * @default []
                         */
                        exclude?: string[];
                        /** @description Without the # */
                        hashtags?: string[];
                        /**
                         * @description Words or phrases; a post matching any of them (or any hashtag) is found
                         * @default []
                         */
                        keywords?: string[];
                        /**
                         * @description ISO 639-1 codes; empty means every language
                         * @default []
                         */
                        languages?: string[];
                        name: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            active: boolean;
                            channelIds: string[];
                            /** Format: date-time */
                            createdAt: string;
                            exclude: string[];
                            hashtags: string[];
                            id: string;
                            keywords: string[];
                            languages: string[];
                            name: string;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{ws}/listening-queries/{queryId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete a listening query */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Listening query id */
                    queryId: string;
                    /** @description Workspace id */
                    ws: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": null;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Change a listening query */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Listening query id */
                    queryId: string;
                    /** @description Workspace id */
                    ws: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        active?: boolean;
                        /** @description The Bluesky, Mastodon and X channels of this workspace that search */
                        channelIds?: string[];
                        /** @description A post whose text contains any of these is left out */
                        exclude?: string[];
                        /** @description Without the # */
                        hashtags?: string[];
                        /** @description Words or phrases; a post matching any of them (or any hashtag) is found */
                        keywords?: string[];
                        /** @description ISO 639-1 codes; empty means every language */
                        languages?: string[];
                        name?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            active: boolean;
                            channelIds: string[];
                            /** Format: date-time */
                            createdAt: string;
                            exclude: string[];
                            hashtags: string[];
                            id: string;
                            keywords: string[];
                            languages: string[];
                            name: string;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/workspaces/{ws}/listening-queries/{queryId}/matches": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A listening query's newest matches */
        get: {
            parameters: {
                query?: {
                    /** @description How many to answer at most (1 to 100) */
                    limit?: number;
                };
                header?: never;
                path: {
                    /** @description Listening query id */
                    queryId: string;
                    /** @description Workspace id */
                    ws: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            matches: {
                                author: {
                                    avatarUrl: string | null;
                                    externalId: string;
                                    handle: string;
                                    name: string;
                                };
                                channelId: string;
                                /** Format: date-time */
                                createdAt: string;
                                /** @description The item's id on the network */
                                externalId: string;
                                hidden: boolean;
                                id: string;
                                /** @enum {string} */
                                kind: "reply" | "mention" | "direct_message" | "quote" | "listening";
                                /** @description Detected on arrival: en, fr, or unknown */
                                language: string;
                                /** @description Whether the workspace's account liked it on the network through Chorus */
                                liked: boolean;
                                network: string;
                                /** @description The post or comment it answers, on the network */
                                parentExternalId: string | null;
                                postId: string | null;
                                /** @description Our publication it belongs to, when it answers one */
                                publicationId: string | null;
                                /** Format: date-time */
                                receivedAt: string;
                                /** Format: date-time */
                                repliedAt: string | null;
                                replyUrl: string | null;
                                /** @description Scored on arrival, from -1 to 1; null for items stored before sentiment existed */
                                sentiment: {
                                    /** @enum {string} */
                                    label: "positive" | "neutral" | "negative";
                                    score: number;
                                } | null;
                                text: string;
                                url: string | null;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{ws}/media": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Upload an image or video (multipart/form-data: file, altText) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Workspace id */
                    ws: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            altText: string;
                            /** @description Videos, when ffprobe is installed */
                            durationSeconds: number | null;
                            fileName: string;
                            frameRate: number | null;
                            height: number | null;
                            id: string;
                            mimeType: string;
                            sizeBytes: number;
                            url: string;
                            videoCodec: string | null;
                            width: number | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{ws}/media/{mediaId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete an uploaded file (refused while a scheduled or pending post uses it) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Media id */
                    mediaId: string;
                    /** @description Workspace id */
                    ws: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": null;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Change alt text */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Media id */
                    mediaId: string;
                    /** @description Workspace id */
                    ws: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        altText: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            altText: string;
                            /** @description Videos, when ffprobe is installed */
                            durationSeconds: number | null;
                            fileName: string;
                            frameRate: number | null;
                            height: number | null;
                            id: string;
                            mimeType: string;
                            sizeBytes: number;
                            url: string;
                            videoCodec: string | null;
                            width: number | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/workspaces/{ws}/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Members of a workspace, and people invited */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Workspace id */
                    ws: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            members: {
                                email: string;
                                /** @description When an invited person's link stops working */
                                expiresAt: string | null;
                                name: string;
                                /** @enum {string} */
                                role: "owner" | "admin" | "editor" | "contributor" | "viewer";
                                /**
                                 * @description "invited" until the person accepts the invite link
                                 * @enum {string}
                                 */
                                status: "active" | "invited";
                                userId: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /** Invite a person (a one-time link), or change a member's role */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Workspace id */
                    ws: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: email */
                        email: string;
                        /** @enum {string} */
                        role: "owner" | "admin" | "editor" | "contributor" | "viewer";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            inviteUrl: string | null;
                            member: {
                                email: string;
                                /** @description When an invited person's link stops working */
                                expiresAt: string | null;
                                name: string;
                                /** @enum {string} */
                                role: "owner" | "admin" | "editor" | "contributor" | "viewer";
                                /**
                                 * @description "invited" until the person accepts the invite link
                                 * @enum {string}
                                 */
                                status: "active" | "invited";
                                userId: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{ws}/members/{userId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a person from the workspace (their tokens for it stop working) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Member id */
                    userId: string;
                    /** @description Workspace id */
                    ws: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            tokensRevoked: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{ws}/network-apps": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Network apps of the workspace (sign-in set-up) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Workspace id */
                    ws: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            apps: {
                                /** @description The redirect (callback) URL(s) to register in the app at the network */
                                callbackUrls: string[];
                                /** @description Owners only, for an app the workspace saved */
                                clientId?: string;
                                /**
                                 * @description The app's network; `facebook` is the Meta app that also signs in Instagram
                                 * @enum {string}
                                 */
                                network: "facebook" | "threads" | "x" | "linkedin" | "youtube" | "tiktok" | "pinterest" | "snapchat";
                                /** @description The networks this app signs in */
                                networks: string[];
                                /** @description Owners only: the last 4 characters of the saved secret; the secret itself is never returned */
                                secretLast4?: string;
                                secretSet: boolean;
                                /**
                                 * @description env: set by the server (read-only, wins for every workspace); saved: this workspace's own app; none: not set up
                                 * @enum {string}
                                 */
                                status: "env" | "saved" | "none";
                                updatedAt?: string;
                                /** @description Owners only, for a saved Meta app: what to enter in the app's Webhooks settings (the verify token is derived from the app secret) */
                                webhook?: {
                                    callbackUrl: string;
                                    verifyToken: string;
                                };
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{ws}/network-apps/{network}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Save the workspace's app for a network (owners only)
         * @description Register the answer's `callbackUrls` as the app's redirect URLs at the network. Answers the list, without the secret.
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The app's network; `facebook` is the Meta app that also signs in Instagram */
                    network: "facebook" | "threads" | "x" | "linkedin" | "youtube" | "tiktok" | "pinterest" | "snapchat";
                    /** @description Workspace id */
                    ws: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        clientId: string;
                        clientSecret: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            apps: {
                                /** @description The redirect (callback) URL(s) to register in the app at the network */
                                callbackUrls: string[];
                                /** @description Owners only, for an app the workspace saved */
                                clientId?: string;
                                /**
                                 * @description The app's network; `facebook` is the Meta app that also signs in Instagram
                                 * @enum {string}
                                 */
                                network: "facebook" | "threads" | "x" | "linkedin" | "youtube" | "tiktok" | "pinterest" | "snapchat";
                                /** @description The networks this app signs in */
                                networks: string[];
                                /** @description Owners only: the last 4 characters of the saved secret; the secret itself is never returned */
                                secretLast4?: string;
                                secretSet: boolean;
                                /**
                                 * @description env: set by the server (read-only, wins for every workspace); saved: this workspace's own app; none: not set up
                                 * @enum {string}
                                 */
                                status: "env" | "saved" | "none";
                                updatedAt?: string;
                                /** @description Owners only, for a saved Meta app: what to enter in the app's Webhooks settings (the verify token is derived from the app secret) */
                                webhook?: {
                                    callbackUrl: string;
                                    verifyToken: string;
                                };
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
            };
        };
        post?: never;
        /** Remove the workspace's app for a network (owners only) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The app's network; `facebook` is the Meta app that also signs in Instagram */
                    network: "facebook" | "threads" | "x" | "linkedin" | "youtube" | "tiktok" | "pinterest" | "snapchat";
                    /** @description Workspace id */
                    ws: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": null;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{ws}/oauth/{network}/start": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start "Connect with <network>"
         * @description The browser goes to `authorizeUrl`; the network sends it back to `/api/v1/oauth/{network}/callback` within 10 minutes.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description facebook, instagram, threads, x or linkedin */
                    network: string;
                    /** @description Workspace id */
                    ws: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            authorizeUrl: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{ws}/oauth/grants/{grantId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Accounts a sign-in reached, to pick from */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    grantId: string;
                    /** @description Workspace id */
                    ws: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            accounts: {
                                connected: boolean;
                                externalId: string;
                                label: string;
                                network: string;
                            }[];
                            /** Format: date-time */
                            expiresAt: string;
                            id: string;
                            network: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{ws}/oauth/grants/{grantId}/connect": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Connect the picked accounts */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    grantId: string;
                    /** @description Workspace id */
                    ws: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        externalIds: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            channels: {
                                attachableTypes: {
                                    images: string[];
                                    videos: string[];
                                };
                                avatarUrl: string | null;
                                /** Format: date-time */
                                createdAt: string;
                                displayName: string;
                                handle: string;
                                id: string;
                                limits: {
                                    acceptedImageTypes: string[];
                                    acceptedVideoTypes: string[];
                                    allowMixedMedia: boolean;
                                    images?: {
                                        formats: string[];
                                        maxBytes: number;
                                        maxHeight?: number;
                                        maxPixels?: number;
                                        maxWidth?: number;
                                        minHeight?: number;
                                        minWidth?: number;
                                    };
                                    maxBytes?: number;
                                    maxGraphemes: number;
                                    maxImageBytes: number;
                                    maxImages: number;
                                    maxVideoBytes: number;
                                    maxVideos: number;
                                    rate: {
                                        perSeconds: number;
                                        requests: number;
                                    };
                                    urlLength?: number;
                                };
                                network: string;
                                serviceUrl: string | null;
                                /** @enum {string} */
                                status: "active" | "needs_reconnect" | "disabled";
                                statusReason: string | null;
                            }[];
                            failed: {
                                externalId: string;
                                label: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{ws}/posts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Posts in a date range (calendar) or by status */
        get: {
            parameters: {
                query?: {
                    from?: string;
                    status?: "draft" | "pending_approval" | "scheduled" | "cancelled";
                    to?: string;
                };
                header?: never;
                path: {
                    /** @description Workspace id */
                    ws: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            posts: {
                                approvedBy: string | null;
                                authorId: string | null;
                                campaignId: string | null;
                                /** Format: date-time */
                                createdAt: string;
                                id: string;
                                mediaIds: string[];
                                publications: {
                                    attempts: number;
                                    channelId: string;
                                    /** @description scheduledAt on that zone's clock, YYYY-MM-DDTHH:MM */
                                    dueLocal: string | null;
                                    /** @description Why Chorus chose this due time (its queue, its best time); null when a person chose it */
                                    dueReason: {
                                        /** @enum {string} */
                                        kind: "queue" | "bestTime";
                                        /** @description bestTime: past posts in this slot behind the estimate */
                                        posts?: number;
                                        /** @description bestTime: expected engagement relative to the channel's average post */
                                        score?: number;
                                        slot: {
                                            /** @description HH:MM */
                                            time: string;
                                            /** @description 1 = Monday … 7 = Sunday */
                                            weekday: number;
                                        };
                                        /** @description The clock of the slot: the channel's audience zone */
                                        timeZone: string;
                                    } | null;
                                    error: string | null;
                                    externalId: string | null;
                                    externalUrl: string | null;
                                    id: string;
                                    mediaIds: string[];
                                    network: string;
                                    options: {
                                        [key: string]: unknown;
                                    };
                                    /** Format: date-time */
                                    publishedAt: string | null;
                                    /** Format: date-time */
                                    scheduledAt: string | null;
                                    /** @description The audience segment this publication is the variant for; null: everyone else */
                                    segmentId: string | null;
                                    segmentName: string | null;
                                    status: string;
                                    /** @description What the network was sent for the segment when it went out (Facebook targeting, LinkedIn targetEntities) */
                                    targeting: {
                                        [key: string]: unknown;
                                    } | null;
                                    text: string;
                                    /** @description The IANA zone its due time is set in (the segment's, or the post's) */
                                    timeZone: string;
                                }[];
                                /** Format: date-time */
                                scheduledAt: string | null;
                                scheduledLocal: {
                                    date: string;
                                    time: string;
                                } | null;
                                status: string;
                                text: string;
                                timezone: string;
                                trackLinks: boolean;
                                /** Format: date-time */
                                updatedAt: string;
                                variants: {
                                    channelId?: string;
                                    mediaIds?: string[];
                                    network?: string;
                                    /** @description Settings only this network understands, e.g. X {thread: [...]}, LinkedIn {targetEntities}, Pinterest {boardId} */
                                    options?: {
                                        [key: string]: unknown;
                                    };
                                    /** @description An audience segment's variant: its own publication per channel (with network/channelId: on those only) */
                                    segmentId?: string;
                                    text?: string;
                                    /**
                                     * Format: uri
                                     * @description A segment variant's link, added to its text unless already there
                                     */
                                    url?: string;
                                }[];
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /** Create a post */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Workspace id */
                    ws: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Each channel's best free hour within this many days, from its best-times estimate */
                        bestTime?: {
                            /** @description 1–28 */
                            withinDays: number;
                        };
                        /** @description The campaign it belongs to (GET …/campaigns); its utmCampaign goes on the tracked links; null: none */
                        campaignId?: string | null;
                        /** @description At least one to schedule or publish; a draft may have none */
                        channelIds: string[];
                        mediaIds?: string[];
                        publishNow?: boolean;
                        /** @description Each channel's next free queue slot (PUT …/channels/{channelId}/queue sets them) */
                        queue?: boolean;
                        /** Format: date-time */
                        scheduledAt?: string;
                        /** @description On local clocks: each publication at this date and time in its segment's zone, the default ones in the workspace's */
                        scheduledLocal?: {
                            /** @description YYYY-MM-DD */
                            date: string;
                            /** @description HH:MM, 24 h */
                            time: string;
                        };
                        text: string;
                        /** @description Turn URLs into tracked short links per publication (default: on with CHORUS_LINK_BASE_URL) */
                        trackLinks?: boolean;
                        variants?: {
                            channelId?: string;
                            mediaIds?: string[];
                            network?: string;
                            /** @description Settings only this network understands, e.g. X {thread: [...]}, LinkedIn {targetEntities}, Pinterest {boardId} */
                            options?: {
                                [key: string]: unknown;
                            };
                            /** @description An audience segment's variant: its own publication per channel (with network/channelId: on those only) */
                            segmentId?: string;
                            text?: string;
                            /**
                             * Format: uri
                             * @description A segment variant's link, added to its text unless already there
                             */
                            url?: string;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            approvedBy: string | null;
                            authorId: string | null;
                            campaignId: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            id: string;
                            mediaIds: string[];
                            publications: {
                                attempts: number;
                                channelId: string;
                                /** @description scheduledAt on that zone's clock, YYYY-MM-DDTHH:MM */
                                dueLocal: string | null;
                                /** @description Why Chorus chose this due time (its queue, its best time); null when a person chose it */
                                dueReason: {
                                    /** @enum {string} */
                                    kind: "queue" | "bestTime";
                                    /** @description bestTime: past posts in this slot behind the estimate */
                                    posts?: number;
                                    /** @description bestTime: expected engagement relative to the channel's average post */
                                    score?: number;
                                    slot: {
                                        /** @description HH:MM */
                                        time: string;
                                        /** @description 1 = Monday … 7 = Sunday */
                                        weekday: number;
                                    };
                                    /** @description The clock of the slot: the channel's audience zone */
                                    timeZone: string;
                                } | null;
                                error: string | null;
                                externalId: string | null;
                                externalUrl: string | null;
                                id: string;
                                mediaIds: string[];
                                network: string;
                                options: {
                                    [key: string]: unknown;
                                };
                                /** Format: date-time */
                                publishedAt: string | null;
                                /** Format: date-time */
                                scheduledAt: string | null;
                                /** @description The audience segment this publication is the variant for; null: everyone else */
                                segmentId: string | null;
                                segmentName: string | null;
                                status: string;
                                /** @description What the network was sent for the segment when it went out (Facebook targeting, LinkedIn targetEntities) */
                                targeting: {
                                    [key: string]: unknown;
                                } | null;
                                text: string;
                                /** @description The IANA zone its due time is set in (the segment's, or the post's) */
                                timeZone: string;
                            }[];
                            /** Format: date-time */
                            scheduledAt: string | null;
                            scheduledLocal: {
                                date: string;
                                time: string;
                            } | null;
                            status: string;
                            text: string;
                            timezone: string;
                            trackLinks: boolean;
                            /** Format: date-time */
                            updatedAt: string;
                            variants: {
                                channelId?: string;
                                mediaIds?: string[];
                                network?: string;
                                /** @description Settings only this network understands, e.g. X {thread: [...]}, LinkedIn {targetEntities}, Pinterest {boardId} */
                                options?: {
                                    [key: string]: unknown;
                                };
                                /** @description An audience segment's variant: its own publication per channel (with network/channelId: on those only) */
                                segmentId?: string;
                                text?: string;
                                /**
                                 * Format: uri
                                 * @description A segment variant's link, added to its text unless already there
                                 */
                                url?: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{ws}/posts.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Drafts and scheduled posts as CSV, in the format POST …/imports reads */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Workspace id */
                    ws: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A CSV file */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": string;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{ws}/posts/{postId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A post with its publications */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Post id */
                    postId: string;
                    /** @description Workspace id */
                    ws: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            approvedBy: string | null;
                            authorId: string | null;
                            campaignId: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            id: string;
                            mediaIds: string[];
                            publications: {
                                attempts: number;
                                channelId: string;
                                /** @description scheduledAt on that zone's clock, YYYY-MM-DDTHH:MM */
                                dueLocal: string | null;
                                /** @description Why Chorus chose this due time (its queue, its best time); null when a person chose it */
                                dueReason: {
                                    /** @enum {string} */
                                    kind: "queue" | "bestTime";
                                    /** @description bestTime: past posts in this slot behind the estimate */
                                    posts?: number;
                                    /** @description bestTime: expected engagement relative to the channel's average post */
                                    score?: number;
                                    slot: {
                                        /** @description HH:MM */
                                        time: string;
                                        /** @description 1 = Monday … 7 = Sunday */
                                        weekday: number;
                                    };
                                    /** @description The clock of the slot: the channel's audience zone */
                                    timeZone: string;
                                } | null;
                                error: string | null;
                                externalId: string | null;
                                externalUrl: string | null;
                                id: string;
                                mediaIds: string[];
                                network: string;
                                options: {
                                    [key: string]: unknown;
                                };
                                /** Format: date-time */
                                publishedAt: string | null;
                                /** Format: date-time */
                                scheduledAt: string | null;
                                /** @description The audience segment this publication is the variant for; null: everyone else */
                                segmentId: string | null;
                                segmentName: string | null;
                                status: string;
                                /** @description What the network was sent for the segment when it went out (Facebook targeting, LinkedIn targetEntities) */
                                targeting: {
                                    [key: string]: unknown;
                                } | null;
                                text: string;
                                /** @description The IANA zone its due time is set in (the segment's, or the post's) */
                                timeZone: string;
                            }[];
                            /** Format: date-time */
                            scheduledAt: string | null;
                            scheduledLocal: {
                                date: string;
                                time: string;
                            } | null;
                            status: string;
                            text: string;
                            timezone: string;
                            trackLinks: boolean;
                            /** Format: date-time */
                            updatedAt: string;
                            variants: {
                                channelId?: string;
                                mediaIds?: string[];
                                network?: string;
                                /** @description Settings only this network understands, e.g. X {thread: [...]}, LinkedIn {targetEntities}, Pinterest {boardId} */
                                options?: {
                                    [key: string]: unknown;
                                };
                                /** @description An audience segment's variant: its own publication per channel (with network/channelId: on those only) */
                                segmentId?: string;
                                text?: string;
                                /**
                                 * Format: uri
                                 * @description A segment variant's link, added to its text unless already there
                                 */
                                url?: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** Delete a post */
        delete: {
            parameters: {
                query?: {
                    fromNetworks?: "true" | "false";
                };
                header?: never;
                path: {
                    /** @description Post id */
                    postId: string;
                    /** @description Workspace id */
                    ws: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": null;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                502: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Edit or reschedule a post */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Post id */
                    postId: string;
                    /** @description Workspace id */
                    ws: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Each channel's best free hour within this many days, from its best-times estimate */
                        bestTime?: {
                            /** @description 1–28 */
                            withinDays: number;
                        };
                        /** @description The campaign it belongs to (GET …/campaigns); its utmCampaign goes on the tracked links; null: none */
                        campaignId?: string | null;
                        /** @description At least one to schedule or publish; a draft may have none */
                        channelIds?: string[];
                        mediaIds?: string[];
                        publishNow?: boolean;
                        /** @description Each channel's next free queue slot (PUT …/channels/{channelId}/queue sets them) */
                        queue?: boolean;
                        /** Format: date-time */
                        scheduledAt?: string;
                        /** @description On local clocks: each publication at this date and time in its segment's zone, the default ones in the workspace's */
                        scheduledLocal?: {
                            /** @description YYYY-MM-DD */
                            date: string;
                            /** @description HH:MM, 24 h */
                            time: string;
                        };
                        text?: string;
                        /** @description Turn URLs into tracked short links per publication (default: on with CHORUS_LINK_BASE_URL) */
                        trackLinks?: boolean;
                        variants?: {
                            channelId?: string;
                            mediaIds?: string[];
                            network?: string;
                            /** @description Settings only this network understands, e.g. X {thread: [...]}, LinkedIn {targetEntities}, Pinterest {boardId} */
                            options?: {
                                [key: string]: unknown;
                            };
                            /** @description An audience segment's variant: its own publication per channel (with network/channelId: on those only) */
                            segmentId?: string;
                            text?: string;
                            /**
                             * Format: uri
                             * @description A segment variant's link, added to its text unless already there
                             */
                            url?: string;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            approvedBy: string | null;
                            authorId: string | null;
                            campaignId: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            id: string;
                            mediaIds: string[];
                            publications: {
                                attempts: number;
                                channelId: string;
                                /** @description scheduledAt on that zone's clock, YYYY-MM-DDTHH:MM */
                                dueLocal: string | null;
                                /** @description Why Chorus chose this due time (its queue, its best time); null when a person chose it */
                                dueReason: {
                                    /** @enum {string} */
                                    kind: "queue" | "bestTime";
                                    /** @description bestTime: past posts in this slot behind the estimate */
                                    posts?: number;
                                    /** @description bestTime: expected engagement relative to the channel's average post */
                                    score?: number;
                                    slot: {
                                        /** @description HH:MM */
                                        time: string;
                                        /** @description 1 = Monday … 7 = Sunday */
                                        weekday: number;
                                    };
                                    /** @description The clock of the slot: the channel's audience zone */
                                    timeZone: string;
                                } | null;
                                error: string | null;
                                externalId: string | null;
                                externalUrl: string | null;
                                id: string;
                                mediaIds: string[];
                                network: string;
                                options: {
                                    [key: string]: unknown;
                                };
                                /** Format: date-time */
                                publishedAt: string | null;
                                /** Format: date-time */
                                scheduledAt: string | null;
                                /** @description The audience segment this publication is the variant for; null: everyone else */
                                segmentId: string | null;
                                segmentName: string | null;
                                status: string;
                                /** @description What the network was sent for the segment when it went out (Facebook targeting, LinkedIn targetEntities) */
                                targeting: {
                                    [key: string]: unknown;
                                } | null;
                                text: string;
                                /** @description The IANA zone its due time is set in (the segment's, or the post's) */
                                timeZone: string;
                            }[];
                            /** Format: date-time */
                            scheduledAt: string | null;
                            scheduledLocal: {
                                date: string;
                                time: string;
                            } | null;
                            status: string;
                            text: string;
                            timezone: string;
                            trackLinks: boolean;
                            /** Format: date-time */
                            updatedAt: string;
                            variants: {
                                channelId?: string;
                                mediaIds?: string[];
                                network?: string;
                                /** @description Settings only this network understands, e.g. X {thread: [...]}, LinkedIn {targetEntities}, Pinterest {boardId} */
                                options?: {
                                    [key: string]: unknown;
                                };
                                /** @description An audience segment's variant: its own publication per channel (with network/channelId: on those only) */
                                segmentId?: string;
                                text?: string;
                                /**
                                 * Format: uri
                                 * @description A segment variant's link, added to its text unless already there
                                 */
                                url?: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/workspaces/{ws}/posts/{postId}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Approve a post waiting for approval */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Post id */
                    postId: string;
                    /** @description Workspace id */
                    ws: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            approvedBy: string | null;
                            authorId: string | null;
                            campaignId: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            id: string;
                            mediaIds: string[];
                            publications: {
                                attempts: number;
                                channelId: string;
                                /** @description scheduledAt on that zone's clock, YYYY-MM-DDTHH:MM */
                                dueLocal: string | null;
                                /** @description Why Chorus chose this due time (its queue, its best time); null when a person chose it */
                                dueReason: {
                                    /** @enum {string} */
                                    kind: "queue" | "bestTime";
                                    /** @description bestTime: past posts in this slot behind the estimate */
                                    posts?: number;
                                    /** @description bestTime: expected engagement relative to the channel's average post */
                                    score?: number;
                                    slot: {
                                        /** @description HH:MM */
                                        time: string;
                                        /** @description 1 = Monday … 7 = Sunday */
                                        weekday: number;
                                    };
                                    /** @description The clock of the slot: the channel's audience zone */
                                    timeZone: string;
                                } | null;
                                error: string | null;
                                externalId: string | null;
                                externalUrl: string | null;
                                id: string;
                                mediaIds: string[];
                                network: string;
                                options: {
                                    [key: string]: unknown;
                                };
                                /** Format: date-time */
                                publishedAt: string | null;
                                /** Format: date-time */
                                scheduledAt: string | null;
                                /** @description The audience segment this publication is the variant for; null: everyone else */
                                segmentId: string | null;
                                segmentName: string | null;
                                status: string;
                                /** @description What the network was sent for the segment when it went out (Facebook targeting, LinkedIn targetEntities) */
                                targeting: {
                                    [key: string]: unknown;
                                } | null;
                                text: string;
                                /** @description The IANA zone its due time is set in (the segment's, or the post's) */
                                timeZone: string;
                            }[];
                            /** Format: date-time */
                            scheduledAt: string | null;
                            scheduledLocal: {
                                date: string;
                                time: string;
                            } | null;
                            status: string;
                            text: string;
                            timezone: string;
                            trackLinks: boolean;
                            /** Format: date-time */
                            updatedAt: string;
                            variants: {
                                channelId?: string;
                                mediaIds?: string[];
                                network?: string;
                                /** @description Settings only this network understands, e.g. X {thread: [...]}, LinkedIn {targetEntities}, Pinterest {boardId} */
                                options?: {
                                    [key: string]: unknown;
                                };
                                /** @description An audience segment's variant: its own publication per channel (with network/channelId: on those only) */
                                segmentId?: string;
                                text?: string;
                                /**
                                 * Format: uri
                                 * @description A segment variant's link, added to its text unless already there
                                 */
                                url?: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{ws}/posts/{postId}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel what has not been published yet */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Post id */
                    postId: string;
                    /** @description Workspace id */
                    ws: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            approvedBy: string | null;
                            authorId: string | null;
                            campaignId: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            id: string;
                            mediaIds: string[];
                            publications: {
                                attempts: number;
                                channelId: string;
                                /** @description scheduledAt on that zone's clock, YYYY-MM-DDTHH:MM */
                                dueLocal: string | null;
                                /** @description Why Chorus chose this due time (its queue, its best time); null when a person chose it */
                                dueReason: {
                                    /** @enum {string} */
                                    kind: "queue" | "bestTime";
                                    /** @description bestTime: past posts in this slot behind the estimate */
                                    posts?: number;
                                    /** @description bestTime: expected engagement relative to the channel's average post */
                                    score?: number;
                                    slot: {
                                        /** @description HH:MM */
                                        time: string;
                                        /** @description 1 = Monday … 7 = Sunday */
                                        weekday: number;
                                    };
                                    /** @description The clock of the slot: the channel's audience zone */
                                    timeZone: string;
                                } | null;
                                error: string | null;
                                externalId: string | null;
                                externalUrl: string | null;
                                id: string;
                                mediaIds: string[];
                                network: string;
                                options: {
                                    [key: string]: unknown;
                                };
                                /** Format: date-time */
                                publishedAt: string | null;
                                /** Format: date-time */
                                scheduledAt: string | null;
                                /** @description The audience segment this publication is the variant for; null: everyone else */
                                segmentId: string | null;
                                segmentName: string | null;
                                status: string;
                                /** @description What the network was sent for the segment when it went out (Facebook targeting, LinkedIn targetEntities) */
                                targeting: {
                                    [key: string]: unknown;
                                } | null;
                                text: string;
                                /** @description The IANA zone its due time is set in (the segment's, or the post's) */
                                timeZone: string;
                            }[];
                            /** Format: date-time */
                            scheduledAt: string | null;
                            scheduledLocal: {
                                date: string;
                                time: string;
                            } | null;
                            status: string;
                            text: string;
                            timezone: string;
                            trackLinks: boolean;
                            /** Format: date-time */
                            updatedAt: string;
                            variants: {
                                channelId?: string;
                                mediaIds?: string[];
                                network?: string;
                                /** @description Settings only this network understands, e.g. X {thread: [...]}, LinkedIn {targetEntities}, Pinterest {boardId} */
                                options?: {
                                    [key: string]: unknown;
                                };
                                /** @description An audience segment's variant: its own publication per channel (with network/channelId: on those only) */
                                segmentId?: string;
                                text?: string;
                                /**
                                 * Format: uri
                                 * @description A segment variant's link, added to its text unless already there
                                 */
                                url?: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{ws}/posts/{postId}/cascade": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Share cascade of a post (all its links) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Post id */
                    postId: string;
                    /** @description Workspace id */
                    ws: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            metrics: {
                                amplification: number;
                                kFactor: number;
                                maxDepth: number;
                                shares: number;
                                sharesPerVisitor: number;
                                structuralVirality: number;
                                visitors: number;
                                /** @description [0] = first generation (came from the link), [1] = their visitors, ... */
                                visitorsByGeneration: number[];
                                visitsPerShare: number;
                            };
                            tree: {
                                /** @description True when only the oldest part of the tree is drawn (metrics always cover all of it) */
                                capped: boolean;
                                nodes: {
                                    id: string;
                                    parentId: string | null;
                                    visits: number;
                                }[];
                                total: number;
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{ws}/posts/{postId}/conversions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Conversions credited to a post (all its links) */
        get: {
            parameters: {
                query?: {
                    from?: string;
                    to?: string;
                };
                header?: never;
                path: {
                    /** @description Post id */
                    postId: string;
                    /** @description Workspace id */
                    ws: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            byName: {
                                count: number;
                                name: string;
                                values: {
                                    currency: string;
                                    /** @description Exact decimal */
                                    sum: string;
                                }[];
                            }[];
                            byNetwork: {
                                count: number;
                                /** @description "none" when the link is not tied to a network */
                                network: string;
                                values: {
                                    currency: string;
                                    /** @description Exact decimal */
                                    sum: string;
                                }[];
                            }[];
                            /** Format: date-time */
                            from: string;
                            /** Format: date-time */
                            to: string;
                            total: {
                                count: number;
                                values: {
                                    currency: string;
                                    /** @description Exact decimal */
                                    sum: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{ws}/posts/{postId}/metrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Metrics of a post's publications over time */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Post id */
                    postId: string;
                    /** @description Workspace id */
                    ws: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            postId: string;
                            publications: {
                                channelId: string;
                                externalUrl: string | null;
                                latest: {
                                    /** Format: date-time */
                                    fetchedAt: string;
                                    impressions: number | null;
                                    likes: number;
                                    /** @description Null where the network does not report it */
                                    linkClicks: number | null;
                                    quotes: number | null;
                                    reach: number | null;
                                    replies: number;
                                    reposts: number;
                                    saves: number | null;
                                    views: number | null;
                                } | null;
                                network: string;
                                publicationId: string;
                                /** Format: date-time */
                                publishedAt: string | null;
                                series: {
                                    /** Format: date-time */
                                    fetchedAt: string;
                                    impressions: number | null;
                                    likes: number;
                                    /** @description Null where the network does not report it */
                                    linkClicks: number | null;
                                    quotes: number | null;
                                    reach: number | null;
                                    replies: number;
                                    reposts: number;
                                    saves: number | null;
                                    views: number | null;
                                }[];
                                status: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{ws}/posts/{postId}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send a post back to its author as a draft */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Post id */
                    postId: string;
                    /** @description Workspace id */
                    ws: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @default  */
                        reason?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            approvedBy: string | null;
                            authorId: string | null;
                            campaignId: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            id: string;
                            mediaIds: string[];
                            publications: {
                                attempts: number;
                                channelId: string;
                                /** @description scheduledAt on that zone's clock, YYYY-MM-DDTHH:MM */
                                dueLocal: string | null;
                                /** @description Why Chorus chose this due time (its queue, its best time); null when a person chose it */
                                dueReason: {
                                    /** @enum {string} */
                                    kind: "queue" | "bestTime";
                                    /** @description bestTime: past posts in this slot behind the estimate */
                                    posts?: number;
                                    /** @description bestTime: expected engagement relative to the channel's average post */
                                    score?: number;
                                    slot: {
                                        /** @description HH:MM */
                                        time: string;
                                        /** @description 1 = Monday … 7 = Sunday */
                                        weekday: number;
                                    };
                                    /** @description The clock of the slot: the channel's audience zone */
                                    timeZone: string;
                                } | null;
                                error: string | null;
                                externalId: string | null;
                                externalUrl: string | null;
                                id: string;
                                mediaIds: string[];
                                network: string;
                                options: {
                                    [key: string]: unknown;
                                };
                                /** Format: date-time */
                                publishedAt: string | null;
                                /** Format: date-time */
                                scheduledAt: string | null;
                                /** @description The audience segment this publication is the variant for; null: everyone else */
                                segmentId: string | null;
                                segmentName: string | null;
                                status: string;
                                /** @description What the network was sent for the segment when it went out (Facebook targeting, LinkedIn targetEntities) */
                                targeting: {
                                    [key: string]: unknown;
                                } | null;
                                text: string;
                                /** @description The IANA zone its due time is set in (the segment's, or the post's) */
                                timeZone: string;
                            }[];
                            /** Format: date-time */
                            scheduledAt: string | null;
                            scheduledLocal: {
                                date: string;
                                time: string;
                            } | null;
                            status: string;
                            text: string;
                            timezone: string;
                            trackLinks: boolean;
                            /** Format: date-time */
                            updatedAt: string;
                            variants: {
                                channelId?: string;
                                mediaIds?: string[];
                                network?: string;
                                /** @description Settings only this network understands, e.g. X {thread: [...]}, LinkedIn {targetEntities}, Pinterest {boardId} */
                                options?: {
                                    [key: string]: unknown;
                                };
                                /** @description An audience segment's variant: its own publication per channel (with network/channelId: on those only) */
                                segmentId?: string;
                                text?: string;
                                /**
                                 * Format: uri
                                 * @description A segment variant's link, added to its text unless already there
                                 */
                                url?: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{ws}/posts/{postId}/segments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Results of a post per segment variant */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Post id */
                    postId: string;
                    /** @description Workspace id */
                    ws: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            metric: "engagementRate";
                            segments: {
                                /** @description Best variant: highest engagement rate, then most clicks; none without data */
                                best: boolean;
                                clicks: number;
                                conversions: number;
                                conversionValue: {
                                    currency: string;
                                    /** @description Exact decimal */
                                    sum: string;
                                }[];
                                /** @description engagements ÷ impressions (÷ reach where no impressions are reported) */
                                engagementRate: number | null;
                                /** @description Likes, reposts, replies, quotes and saves at the latest measure */
                                engagements: number;
                                /** @description Null when none of the publications reports it */
                                impressions: number | null;
                                publications: number;
                                /** @description Null when none of the publications reports it */
                                reach: number | null;
                                /** @description Null: the default publications, for everyone outside every segment */
                                segmentId: string | null;
                                segmentName: string | null;
                                /** @description Visitors whose shared URL brought at least one visit */
                                shares: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{ws}/posts/validate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Check a post against every channel's rules without saving */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Workspace id */
                    ws: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Each channel's best free hour within this many days, from its best-times estimate */
                        bestTime?: {
                            /** @description 1–28 */
                            withinDays: number;
                        };
                        /** @description The campaign it belongs to (GET …/campaigns); its utmCampaign goes on the tracked links; null: none */
                        campaignId?: string | null;
                        /** @description At least one to schedule or publish; a draft may have none */
                        channelIds: string[];
                        mediaIds?: string[];
                        publishNow?: boolean;
                        /** @description Each channel's next free queue slot (PUT …/channels/{channelId}/queue sets them) */
                        queue?: boolean;
                        /** Format: date-time */
                        scheduledAt?: string;
                        /** @description On local clocks: each publication at this date and time in its segment's zone, the default ones in the workspace's */
                        scheduledLocal?: {
                            /** @description YYYY-MM-DD */
                            date: string;
                            /** @description HH:MM, 24 h */
                            time: string;
                        };
                        text: string;
                        /** @description Turn URLs into tracked short links per publication (default: on with CHORUS_LINK_BASE_URL) */
                        trackLinks?: boolean;
                        variants?: {
                            channelId?: string;
                            mediaIds?: string[];
                            network?: string;
                            /** @description Settings only this network understands, e.g. X {thread: [...]}, LinkedIn {targetEntities}, Pinterest {boardId} */
                            options?: {
                                [key: string]: unknown;
                            };
                            /** @description An audience segment's variant: its own publication per channel (with network/channelId: on those only) */
                            segmentId?: string;
                            text?: string;
                            /**
                             * Format: uri
                             * @description A segment variant's link, added to its text unless already there
                             */
                            url?: string;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            violations: {
                                channelId: string;
                                field: string;
                                message: string;
                                network: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                                rule: string;
                                segmentId?: string;
                                segmentName?: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{ws}/publishing": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Whether publishing is paused in the workspace */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Workspace id */
                    ws: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Who paused it (the name, or the email of someone who gave no name); null while it runs or once that person is gone */
                            by: {
                                id: string;
                                name: string;
                            } | null;
                            paused: boolean;
                            /** @description Why it was paused, as its author wrote it */
                            reason: string | null;
                            /** @description When publishing was paused (ISO 8601, UTC); null while it runs */
                            since: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{ws}/publishing/pause": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Pause all publishing of the workspace (admins and owners) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Workspace id */
                    ws: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Why publishing is paused, shown to everyone in the workspace */
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Who paused it (the name, or the email of someone who gave no name); null while it runs or once that person is gone */
                            by: {
                                id: string;
                                name: string;
                            } | null;
                            paused: boolean;
                            /** @description Why it was paused, as its author wrote it */
                            reason: string | null;
                            /** @description When publishing was paused (ISO 8601, UTC); null while it runs */
                            since: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{ws}/publishing/resume": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Resume publishing (admins and owners) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Workspace id */
                    ws: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Who paused it (the name, or the email of someone who gave no name); null while it runs or once that person is gone */
                            by: {
                                id: string;
                                name: string;
                            } | null;
                            paused: boolean;
                            /** @description Why it was paused, as its author wrote it */
                            reason: string | null;
                            /** @description How many held publications went back on the schedule */
                            released: number;
                            /** @description When publishing was paused (ISO 8601, UTC); null while it runs */
                            since: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{ws}/report-schedules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Scheduled analytics reports by email */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Workspace id */
                    ws: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Whether this server can send email (CHORUS_SMTP_URL) */
                            emailConfigured: boolean;
                            schedules: {
                                campaignId: string | null;
                                channelId: string | null;
                                emails: string[];
                                /** @enum {string} */
                                frequency: "weekly" | "monthly";
                                id: string;
                                /** Format: date-time */
                                lastSentAt: string | null;
                                /** @enum {string} */
                                locale: "en" | "fr";
                                name: string;
                                /** Format: date-time */
                                nextRunAt: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /** Schedule an analytics report by email */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Workspace id */
                    ws: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Only this campaign's posts */
                        campaignId?: string | null;
                        /** @description Only this channel (default: the whole workspace) */
                        channelId?: string | null;
                        emails: string[];
                        /**
                         * @description weekly: Mondays 07:00 UTC, the 7 days before; monthly: the 1st, the month before
                         * @enum {string}
                         */
                        frequency: "weekly" | "monthly";
                        /**
                         * @description The language the report is written in
                         * @default en
                         * @enum {string}
                         */
                        locale?: "en" | "fr";
                        name: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            campaignId: string | null;
                            channelId: string | null;
                            emails: string[];
                            /** @enum {string} */
                            frequency: "weekly" | "monthly";
                            id: string;
                            /** Format: date-time */
                            lastSentAt: string | null;
                            /** @enum {string} */
                            locale: "en" | "fr";
                            name: string;
                            /** Format: date-time */
                            nextRunAt: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{ws}/report-schedules/{scheduleId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Stop a scheduled report */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Report schedule id */
                    scheduleId: string;
                    /** @description Workspace id */
                    ws: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": null;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{ws}/report-schedules/{scheduleId}/send": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send a scheduled report now */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Report schedule id */
                    scheduleId: string;
                    /** @description Workspace id */
                    ws: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            from: string;
                            /** @enum {boolean} */
                            queued: true;
                            to: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{ws}/saved-replies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Saved replies of the workspace */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Workspace id */
                    ws: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            savedReplies: {
                                /** Format: date-time */
                                createdAt: string;
                                id: string;
                                name: string;
                                text: string;
                                /** Format: date-time */
                                updatedAt: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /** Save a reply for the team to reuse */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Workspace id */
                    ws: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                        /** @description May name {{first_name}}, {{post_url}} and {{author_handle}}, filled in for the item answered */
                        text: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date-time */
                            createdAt: string;
                            id: string;
                            name: string;
                            text: string;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{ws}/saved-replies/{savedReplyId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete a saved reply */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Saved reply id */
                    savedReplyId: string;
                    /** @description Workspace id */
                    ws: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": null;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Rename or rewrite a saved reply */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Saved reply id */
                    savedReplyId: string;
                    /** @description Workspace id */
                    ws: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name?: string;
                        /** @description May name {{first_name}}, {{post_url}} and {{author_handle}}, filled in for the item answered */
                        text?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date-time */
                            createdAt: string;
                            id: string;
                            name: string;
                            text: string;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/workspaces/{ws}/segments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the audience segments */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Workspace id */
                    ws: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            segments: {
                                /** Format: date-time */
                                createdAt: string;
                                id: string;
                                name: string;
                                /** @description As set; null: derived from its countries (see resolved.timeZone) */
                                timeZone: string | null;
                                /** Format: date-time */
                                updatedAt: string;
                                when: unknown;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /** Create an audience segment */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Workspace id */
                    ws: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                        /** @description IANA time zone its variants are timed in; null or absent: the main zone of its countries */
                        timeZone?: string | null;
                        /** @description A condition of the audience language link rules use (country, region, language, climate, localTime, all/any/not, …) plus ageMin, ageMax, genders, interests */
                        when: unknown;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            channels: {
                                channelId: string;
                                /** @enum {string|null} */
                                fallback: "timing" | null;
                                handle: string;
                                message: string;
                                /** @description The network's own targeting parameters, when it has organic targeting */
                                native: {
                                    [key: string]: unknown;
                                } | null;
                                network: string;
                                unsupported: {
                                    facet: string;
                                    reason: string;
                                    rule: string;
                                }[];
                                violations: {
                                    field: string;
                                    message: string;
                                    params?: {
                                        [key: string]: string | number;
                                    };
                                    rule: string;
                                }[];
                                /** @enum {string} */
                                why: "native" | "native_refused" | "no_organic_targeting";
                            }[];
                            /** Format: date-time */
                            createdAt: string;
                            id: string;
                            name: string;
                            resolved: {
                                /** Format: date-time */
                                at: string;
                                /** @description Network-neutral targeting now; null: unrestricted, []: nobody matches now */
                                audience: {
                                    ageMax: number | null;
                                    ageMin: number | null;
                                    countries: string[] | null;
                                    genders: ("female" | "male")[] | null;
                                    interests: string[] | null;
                                    languages: string[] | null;
                                    regions: string[] | null;
                                };
                                climates: {
                                    climates: ("hot" | "cold" | "mild")[];
                                    countries: string[];
                                    path: string;
                                }[];
                                timeZone: string;
                                timeZoneChoice: {
                                    message: string;
                                    params: {
                                        [key: string]: string | number;
                                    };
                                    /** @enum {string} */
                                    rule: "given" | "single_zone" | "most_common_offset" | "no_country";
                                };
                                timingOnly: {
                                    message: string;
                                    path: string;
                                    /** @enum {string} */
                                    rule: "excludes" | "click_only" | "local_time" | "mixed_any";
                                }[];
                            };
                            /** @description As set; null: derived from its countries (see resolved.timeZone) */
                            timeZone: string | null;
                            /** Format: date-time */
                            updatedAt: string;
                            when: unknown;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{ws}/segments/{segmentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An audience segment and how each channel reaches it */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Segment id */
                    segmentId: string;
                    /** @description Workspace id */
                    ws: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            channels: {
                                channelId: string;
                                /** @enum {string|null} */
                                fallback: "timing" | null;
                                handle: string;
                                message: string;
                                /** @description The network's own targeting parameters, when it has organic targeting */
                                native: {
                                    [key: string]: unknown;
                                } | null;
                                network: string;
                                unsupported: {
                                    facet: string;
                                    reason: string;
                                    rule: string;
                                }[];
                                violations: {
                                    field: string;
                                    message: string;
                                    params?: {
                                        [key: string]: string | number;
                                    };
                                    rule: string;
                                }[];
                                /** @enum {string} */
                                why: "native" | "native_refused" | "no_organic_targeting";
                            }[];
                            /** Format: date-time */
                            createdAt: string;
                            id: string;
                            name: string;
                            resolved: {
                                /** Format: date-time */
                                at: string;
                                /** @description Network-neutral targeting now; null: unrestricted, []: nobody matches now */
                                audience: {
                                    ageMax: number | null;
                                    ageMin: number | null;
                                    countries: string[] | null;
                                    genders: ("female" | "male")[] | null;
                                    interests: string[] | null;
                                    languages: string[] | null;
                                    regions: string[] | null;
                                };
                                climates: {
                                    climates: ("hot" | "cold" | "mild")[];
                                    countries: string[];
                                    path: string;
                                }[];
                                timeZone: string;
                                timeZoneChoice: {
                                    message: string;
                                    params: {
                                        [key: string]: string | number;
                                    };
                                    /** @enum {string} */
                                    rule: "given" | "single_zone" | "most_common_offset" | "no_country";
                                };
                                timingOnly: {
                                    message: string;
                                    path: string;
                                    /** @enum {string} */
                                    rule: "excludes" | "click_only" | "local_time" | "mixed_any";
                                }[];
                            };
                            /** @description As set; null: derived from its countries (see resolved.timeZone) */
                            timeZone: string | null;
                            /** Format: date-time */
                            updatedAt: string;
                            when: unknown;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** Delete an audience segment */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Segment id */
                    segmentId: string;
                    /** @description Workspace id */
                    ws: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": null;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Change an audience segment */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Segment id */
                    segmentId: string;
                    /** @description Workspace id */
                    ws: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name?: string;
                        /** @description IANA time zone its variants are timed in; null or absent: the main zone of its countries */
                        timeZone?: string | null;
                        /** @description A condition of the audience language link rules use (country, region, language, climate, localTime, all/any/not, …) plus ageMin, ageMax, genders, interests */
                        when?: unknown;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            channels: {
                                channelId: string;
                                /** @enum {string|null} */
                                fallback: "timing" | null;
                                handle: string;
                                message: string;
                                /** @description The network's own targeting parameters, when it has organic targeting */
                                native: {
                                    [key: string]: unknown;
                                } | null;
                                network: string;
                                unsupported: {
                                    facet: string;
                                    reason: string;
                                    rule: string;
                                }[];
                                violations: {
                                    field: string;
                                    message: string;
                                    params?: {
                                        [key: string]: string | number;
                                    };
                                    rule: string;
                                }[];
                                /** @enum {string} */
                                why: "native" | "native_refused" | "no_organic_targeting";
                            }[];
                            /** Format: date-time */
                            createdAt: string;
                            id: string;
                            name: string;
                            resolved: {
                                /** Format: date-time */
                                at: string;
                                /** @description Network-neutral targeting now; null: unrestricted, []: nobody matches now */
                                audience: {
                                    ageMax: number | null;
                                    ageMin: number | null;
                                    countries: string[] | null;
                                    genders: ("female" | "male")[] | null;
                                    interests: string[] | null;
                                    languages: string[] | null;
                                    regions: string[] | null;
                                };
                                climates: {
                                    climates: ("hot" | "cold" | "mild")[];
                                    countries: string[];
                                    path: string;
                                }[];
                                timeZone: string;
                                timeZoneChoice: {
                                    message: string;
                                    params: {
                                        [key: string]: string | number;
                                    };
                                    /** @enum {string} */
                                    rule: "given" | "single_zone" | "most_common_offset" | "no_country";
                                };
                                timingOnly: {
                                    message: string;
                                    path: string;
                                    /** @enum {string} */
                                    rule: "excludes" | "click_only" | "local_time" | "mixed_any";
                                }[];
                            };
                            /** @description As set; null: derived from its countries (see resolved.timeZone) */
                            timeZone: string | null;
                            /** Format: date-time */
                            updatedAt: string;
                            when: unknown;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/workspaces/{ws}/segments/presets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Segments to start from: continents, languages, hot now, cold now, southern summer */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Workspace id */
                    ws: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            presets: {
                                description: string;
                                /** @enum {string} */
                                group: "continent" | "language" | "climate" | "season";
                                /** @description e.g. continent.europe, language.fr, climate.hot, season.southern-summer */
                                id: string;
                                name: string;
                                when: unknown;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{ws}/sentiment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Language and sentiment of texts
         * @description English and French are scored; other languages answer `unknown` and neutral. 1 to 1,000 texts of at most 10,000 characters each, answered in the order sent. The request body is limited to 2 MB in all.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Workspace id */
                    ws: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        texts: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            results: {
                                /** @enum {string} */
                                label: "positive" | "neutral" | "negative";
                                /**
                                 * @description Detected; `unknown` for other languages or too little text, then neutral
                                 * @enum {string}
                                 */
                                language: "en" | "fr" | "unknown";
                                /** @description From -1 (most negative) to 1 (most positive) */
                                score: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{ws}/tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** API tokens of the workspace */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Workspace id */
                    ws: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            tokens: {
                                createdAt: string;
                                id: string;
                                lastUsedAt: string | null;
                                name: string;
                                /** @enum {string} */
                                role: "owner" | "admin" | "editor" | "contributor" | "viewer";
                                userEmail: string;
                                userId: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /** Create an API token */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Workspace id */
                    ws: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                        /** @enum {string} */
                        role?: "owner" | "admin" | "editor" | "contributor" | "viewer";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            name: string;
                            /** @enum {string} */
                            role: "owner" | "admin" | "editor" | "contributor" | "viewer";
                            token: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{ws}/tokens/{tokenId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke an API token */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Token id */
                    tokenId: string;
                    /** @description Workspace id */
                    ws: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": null;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{ws}/two-factor": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Two-factor requirement of the workspace */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Workspace id */
                    ws: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Members without two-factor */
                            membersWithout: {
                                email: string;
                                name: string;
                                userId: string;
                            }[];
                            required: boolean;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
            };
        };
        /**
         * Require two-factor sign-in for everyone (owners only)
         * @description Members without two-factor get 403 two_factor_required from this workspace until they turn it on. API tokens keep working.
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Workspace id */
                    ws: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        required: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Members without two-factor */
                            membersWithout: {
                                email: string;
                                name: string;
                                userId: string;
                            }[];
                            required: boolean;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{ws}/utm-template": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** UTM conventions of the workspace */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Workspace id */
                    ws: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            campaign?: string;
                            medium?: string;
                            sources?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
            };
        };
        /** Set the UTM conventions */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Workspace id */
                    ws: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        campaign?: string;
                        medium?: string;
                        sources?: {
                            [key: string]: string;
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            campaign?: string;
                            medium?: string;
                            sources?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{ws}/webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Webhooks of the workspace (admins) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Workspace id */
                    ws: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            webhooks: {
                                createdAt: string;
                                events: ("alert.fired" | "engagement.created" | "publication.published" | "publication.failed" | "conversion.created")[];
                                id: string;
                                url: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Send events to an address (admins)
         * @description Each delivery is a POST of `{id, type, createdAt, data}` with `Chorus-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<raw body>" with the secret>`.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Workspace id */
                    ws: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        events: ("alert.fired" | "engagement.created" | "publication.published" | "publication.failed" | "conversion.created")[];
                        url: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Shown only now: keep it to verify signatures */
                            secret: string;
                            webhook: {
                                createdAt: string;
                                events: ("alert.fired" | "engagement.created" | "publication.published" | "publication.failed" | "conversion.created")[];
                                id: string;
                                url: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{ws}/webhooks/{webhookId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete a webhook (admins) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Webhook id */
                    webhookId: string;
                    /** @description Workspace id */
                    ws: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": null;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{ws}/webhooks/{webhookId}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Deliveries of a webhook, newest first (admins) */
        get: {
            parameters: {
                query?: {
                    /** @description The nextBefore of the previous page (or an ISO date) */
                    before?: string;
                    /** @description How many to answer at most (1 to 100) */
                    limit?: number;
                };
                header?: never;
                path: {
                    /** @description Webhook id */
                    webhookId: string;
                    /** @description Workspace id */
                    ws: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            deliveries: {
                                attempts: number;
                                createdAt: string;
                                /** @description The event's id, as in the body; the same for every webhook the event went to */
                                eventId: string;
                                id: string;
                                lastAttemptAt: string | null;
                                lastError: string | null;
                                /** @description The HTTP status of the last attempt, if the receiver answered */
                                lastStatus: number | null;
                                nextAttemptAt: string | null;
                                /** @description The start of the receiver's last answer (500 characters at most) */
                                responseExcerpt: string | null;
                                /** @enum {string} */
                                status: "pending" | "delivered" | "failed";
                                /** @description The event type, or webhook.test */
                                type: string;
                            }[];
                            nextBefore: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{ws}/webhooks/{webhookId}/test": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send a test event to a webhook (admins) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Webhook id */
                    webhookId: string;
                    /** @description Workspace id */
                    ws: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            attempts: number;
                            createdAt: string;
                            /** @description The event's id, as in the body; the same for every webhook the event went to */
                            eventId: string;
                            id: string;
                            lastAttemptAt: string | null;
                            lastError: string | null;
                            /** @description The HTTP status of the last attempt, if the receiver answered */
                            lastStatus: number | null;
                            nextAttemptAt: string | null;
                            /** @description The start of the receiver's last answer (500 characters at most) */
                            responseExcerpt: string | null;
                            /** @enum {string} */
                            status: "pending" | "delivered" | "failed";
                            /** @description The event type, or webhook.test */
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                field?: string;
                                message: string;
                                /** @description The error's specifics as values (a limit, a count, a network), for writing the message in another language */
                                params?: {
                                    [key: string]: string | number;
                                };
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/healthz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Liveness and readiness */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            status: "ok";
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/media/{mediaId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Media by signed URL */
        get: {
            parameters: {
                query: {
                    expires: number;
                    sig: string;
                };
                header?: never;
                path: {
                    mediaId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        /** Media by signed URL */
        head: {
            parameters: {
                query: {
                    expires: number;
                    sig: string;
                };
                header?: never;
                path: {
                    mediaId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        patch?: never;
        trace?: never;
    };
    "/media/{mediaId}/{key}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A converted image by signed URL */
        get: {
            parameters: {
                query: {
                    expires: number;
                    sig: string;
                };
                header?: never;
                path: {
                    key: string;
                    mediaId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        /** A converted image by signed URL */
        head: {
            parameters: {
                query: {
                    expires: number;
                    sig: string;
                };
                header?: never;
                path: {
                    key: string;
                    mediaId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        patch?: never;
        trace?: never;
    };
    "/qr/{code}.png": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** QR code of a short link (PNG) */
        get: {
            parameters: {
                query?: {
                    /** @description Quiet zone, in modules */
                    margin?: number;
                    /** @description Width and height in pixels */
                    size?: number;
                };
                header?: never;
                path: {
                    /** @description The short code */
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/qr/{code}.svg": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** QR code of a short link (SVG) */
        get: {
            parameters: {
                query?: {
                    /** @description Quiet zone, in modules */
                    margin?: number;
                    /** @description Width and height in pixels */
                    size?: number;
                };
                header?: never;
                path: {
                    /** @description The short code */
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
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
    schemas: never;
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
