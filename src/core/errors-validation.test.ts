/**
 * A request refused by its zod schema answers a sentence a person can read, naming the field, plus a code and
 * params (`field`, `issue`, the limit) the web app turns into the person's language. Never zod's own wording.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import Fastify from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requestValidationError } from './errors-validation.js';

async function refusal(body: unknown, query = '') {
  const app = Fastify().withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler((error, _request, reply) => {
    const known = requestValidationError(error);
    return known ? reply.code(known.status).send(known.toJSON()) : reply.code(500).send({});
  });
  const schema = z
    .object({
      email: z.email(),
      name: z.string().min(1).max(5),
      count: z.number().int().max(10).optional(),
      role: z.enum(['owner', 'viewer']).optional(),
      tags: z.array(z.string()).max(2).optional(),
      at: z.iso.datetime({ offset: true }).optional(),
    })
    .strict();
  app.post('/x', { schema: { body: schema, querystring: z.object({ limit: z.coerce.number().max(100).optional() }) } }, async () => ({}));
  const response = await app.inject({ method: 'POST', url: `/x${query}`, payload: body as object });
  await app.close();
  return { status: response.statusCode, error: response.json().error };
}

const ok = { email: 'a@example.org', name: 'Ann' };

describe('request validation errors', () => {
  it('names the field and the problem in a sentence, with code and params', async () => {
    const { status, error } = await refusal({ ...ok, email: 'nope' });
    assert.equal(status, 400);
    assert.equal(error.code, 'invalid_request');
    assert.equal(error.field, 'email');
    assert.equal(error.message, '"email" in the request body must be a valid email address.');
    assert.deepEqual(error.params, { field: 'email', where: 'body', issue: 'format', format: 'email' });
  });

  it('gives limits as numbers', async () => {
    assert.deepEqual((await refusal({ ...ok, name: 'Annabel' })).error.params, { field: 'name', where: 'body', issue: 'too_long', max: 5 });
    assert.equal((await refusal({ ...ok, name: 'Annabel' })).error.message, '"name" in the request body must be at most 5 characters long.');
    assert.deepEqual((await refusal({ ...ok, count: 11 })).error.params, { field: 'count', where: 'body', issue: 'too_large', max: 10 });
    assert.deepEqual((await refusal({ ...ok, tags: ['a', 'b', 'c'] })).error.params, { field: 'tags', where: 'body', issue: 'too_many', max: 2 });
    assert.deepEqual((await refusal(ok, '?limit=500')).error.params, { field: 'limit', where: 'query', issue: 'too_large', max: 100 });
  });

  it('says what is missing, empty, of the wrong type, not allowed or unknown', async () => {
    const missing = await refusal({ name: 'Ann' });
    assert.equal(missing.error.message, '"email" is missing from the request body.');
    assert.equal(missing.error.params.issue, 'required');
    const empty = await refusal({ ...ok, name: '' });
    assert.deepEqual(empty.error.params, { field: 'name', where: 'body', issue: 'empty' });
    const type = await refusal({ ...ok, count: 'many' });
    assert.deepEqual(type.error.params, { field: 'count', where: 'body', issue: 'wrong_type', expected: 'number' });
    const role = await refusal({ ...ok, role: 'king' });
    assert.deepEqual(role.error.params, { field: 'role', where: 'body', issue: 'not_allowed', allowed: 'owner, viewer' });
    assert.equal(role.error.message, '"role" in the request body must be one of: owner, viewer.');
    const extra = await refusal({ ...ok, colour: 'red' });
    assert.deepEqual(extra.error.params, { field: 'colour', where: 'body', issue: 'unknown_field' });
    assert.equal(extra.error.field, 'colour');
    const date = await refusal({ ...ok, at: 'tomorrow' });
    assert.equal(date.error.message, '"at" in the request body must be a date and time like 2026-01-31T09:00:00Z.');
  });

  it('never shows zod\'s own wording', async () => {
    for (const body of [{ ...ok, email: 'nope' }, { name: 'Ann' }, { ...ok, count: 'x' }, { ...ok, role: 'king' }]) {
      const { error } = await refusal(body);
      assert.doesNotMatch(error.message, /Invalid|expected|received|Too (big|small)/);
    }
  });
});

describe('a refusal of the whole body', () => {
  it('names the body itself', async () => {
    const app = Fastify().withTypeProvider<ZodTypeProvider>();
    app.setValidatorCompiler(validatorCompiler);
    app.setErrorHandler((error, _request, reply) => reply.code(400).send(requestValidationError(error)?.toJSON()));
    app.post('/x', { schema: { body: z.object({ a: z.string() }) } }, async () => ({}));
    const response = await app.inject({ method: 'POST', url: '/x', payload: [1] });
    await app.close();
    assert.equal(response.json().error.message, 'The request body must be an object.');
    assert.equal(response.json().error.field, undefined);
  });
});
