/** Where the issuer sends the browser back after sign-in; registered with the issuer as redirect URI. */
export const CALLBACK_PATH = '/aanmelden/callback';
