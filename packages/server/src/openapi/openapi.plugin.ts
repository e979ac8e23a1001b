import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance, FastifySchema } from 'fastify';
import { jsonSchemaTransform } from 'fastify-type-provider-zod';
import { scopeForRoute } from '../api-keys/api-key-routes.ts';
import type { TConfig } from '../config.ts';
import type { TAccess } from '../http/session.plugin.ts';
import { completeContract } from './complete-contract.ts';

/**
 * The OpenAPI document of /api and its reference page at /api/docs. Registered before the routes: it
 * records each route's access as routes are added, to state who may call each operation.
 */
export async function registerOpenApi(app: FastifyInstance, config: TConfig) {
  const accessOf = new Map<string, TAccess | undefined>();
  app.addHook('onRoute', (route) => {
    for (const method of [route.method].flat()) accessOf.set(`${method} ${route.url}`, route.config?.access);
  });
  await app.register(swagger, {
    openapi: {
      info: {
        title: 'Vigilo API',
        version: '0.1.0',
        description:
          'AML tool for Belgian real-estate agencies. Integrations call it with an organisation API key ' +
          '(bearer); the web app with its session cookie and CSRF header. Every refusal answers the Error body.',
        license: { name: 'Proprietary', url: `${config.publicUrl}/` },
      },
      servers: [{ url: config.publicUrl, description: 'This Vigilo instance' }],
    },
    // Only /api is the API: the web app's catch-all and static files are not operations.
    transform: (input) =>
      input.url.startsWith('/api/')
        ? jsonSchemaTransform(input as Parameters<typeof jsonSchemaTransform>[0])
        : { schema: { hide: true } as FastifySchema, url: input.url },
    transformObject: (documentObject) => {
      if (!('openapiObject' in documentObject)) throw new Error('OpenAPI 3 expected');
      return completeContract(documentObject.openapiObject as never, (method, url) => ({
        access: accessOf.get(`${method} ${url}`),
        apiKeyScope: scopeForRoute(method, url),
      }));
    },
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs', uiConfig: { docExpansion: 'list' } });
}
