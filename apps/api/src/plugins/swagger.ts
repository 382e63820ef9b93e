import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { jsonSchemaTransform } from 'fastify-type-provider-zod';

/** OpenAPI 3 generated from the shared zod schemas, browsable at /api/docs. */
export default fp(async function swaggerPlugin(
  app: FastifyInstance,
  { sessionCookieName }: { sessionCookieName: string },
) {
  await app.register(swagger, {
    openapi: {
      info: { title: 'Phối hợp API', version: '0.1.0', description: 'API của Phối hợp' },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: sessionCookieName },
          csrf: { type: 'apiKey', in: 'header', name: 'X-CSRF-Token' },
        },
      },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });
});
