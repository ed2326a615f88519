/** Shapes shared by the account and sign-in endpoints. */
import { z } from 'zod';

/** The signed-in person, as sign-in, setup, invites and `/me` answer it. */
export const SignedInUser = z.object({ id: z.string(), email: z.string(), name: z.string(), locale: z.string() });

/** A session was made: the person, and the token to send back in `X-CSRF-Token` with every change. */
export const SignedIn = z.object({ user: SignedInUser, csrfToken: z.string() });
