/**
 * GET /health behind the HTTP API until the query API (functions/api/handler.ts) exists: proves the
 * route, the IAM authorisation and the function wiring. No AWS calls, nothing to leak.
 */
import type { APIGatewayProxyResultV2 } from 'aws-lambda';

export async function handler(): Promise<APIGatewayProxyResultV2> {
  return {
    statusCode: 200,
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ status: 'ok', service: 'namndkoll' }),
  };
}
