// The recogniser table, in priority order: when matches overlap, the earliest entry names
// the merged span (a GitHub token inside "Authorization: Bearer …" is reported as a GitHub
// token, not a bearer token).

import { AWS_SECRET_ACCESS_KEY, BASIC_AUTH, BEARER_TOKEN, CURL_USER, HTTP_COOKIE, SECRET_ASSIGNMENT, SECRET_CLI_FLAG } from './contextual';
import type { Recogniser } from './recogniser';
import { AZURE_CLIENT_SECRET, AZURE_SAS_SIGNATURE, AZURE_STORAGE_KEY, DISCORD_WEBHOOK, JWT, PEM_PRIVATE_KEY, SLACK_WEBHOOK, URL_PASSWORD } from './structural';
import { VENDOR_TOKENS } from './vendor-tokens';

export const RECOGNISERS: readonly Recogniser[] = [
  PEM_PRIVATE_KEY,
  ...VENDOR_TOKENS,
  SLACK_WEBHOOK,
  DISCORD_WEBHOOK,
  AZURE_STORAGE_KEY,
  AZURE_CLIENT_SECRET,
  AZURE_SAS_SIGNATURE,
  JWT,
  AWS_SECRET_ACCESS_KEY,
  URL_PASSWORD,
  BASIC_AUTH,
  CURL_USER,
  BEARER_TOKEN,
  HTTP_COOKIE,
  SECRET_ASSIGNMENT,
  SECRET_CLI_FLAG,
];
