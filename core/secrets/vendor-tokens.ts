// Credentials issued with a recognisable prefix. Most specific first: where two entries
// could match the same text, the earlier one names it.

import { prefixedToken, type Recogniser } from './recogniser';

const ALNUM = '[A-Za-z0-9]';
const URLSAFE = '[A-Za-z0-9_-]';
const HEX = '[a-f0-9]';

export const VENDOR_TOKENS: readonly Recogniser[] = [
  prefixedToken('github-fine-grained-pat', ['github_pat_'], `${ALNUM}{22}_${ALNUM}{59}`),
  prefixedToken('github-classic-pat', ['ghp_'], `${ALNUM}{36}`),
  prefixedToken('github-oauth', ['gho_'], `${ALNUM}{36}`),
  prefixedToken('github-app-token', ['ghs_', 'ghu_'], `${ALNUM}{36}`),
  prefixedToken('github-refresh-token', ['ghr_'], `${ALNUM}{36,}`),
  prefixedToken('anthropic-api-key', ['sk-ant-api'], `[0-9]{2}-${URLSAFE}{32,}`),
  prefixedToken('anthropic-admin-key', ['sk-ant-admin'], `[0-9]{2}-${URLSAFE}{32,}`),
  prefixedToken('anthropic-oauth-token', ['sk-ant-oat', 'sk-ant-ort'], `[0-9]{2}-${URLSAFE}{32,}`),
  prefixedToken('openrouter-api-key', ['sk-or-v1-'], `${HEX}{64}`),
  prefixedToken('openai-api-key', ['sk-proj-', 'sk-svcacct-', 'sk-admin-'], `${URLSAFE}{20,}`),
  // Legacy keys embed "T3BlbkFJ" (base64 of "OpenAI"); a bare sk- key of that length is likely OpenAI's but not certainly.
  prefixedToken('openai-api-key', ['sk-'], `${ALNUM}{20}T3BlbkFJ${ALNUM}{20}`),
  prefixedToken('openai-api-key', ['sk-'], `${ALNUM}{32,}`, 'medium'),
  prefixedToken('aws-access-key-id', ['AKIA', 'ASIA'], '[A-Z0-9]{16}'),
  prefixedToken('slack-bot-token', ['xoxb-'], `[0-9]{1,15}-[A-Za-z0-9-]{16,}`),
  prefixedToken('slack-user-token', ['xoxp-'], `[0-9]{1,15}-[A-Za-z0-9-]{16,}`),
  prefixedToken('slack-workspace-token', ['xoxa-'], `[0-9]{1,15}-[A-Za-z0-9-]{16,}`),
  prefixedToken('slack-refresh-token', ['xoxr-', 'xoxe-'], `[0-9]{1,15}-[A-Za-z0-9-]{16,}`),
  prefixedToken('slack-app-token', ['xapp-'], `[0-9]{1,15}-[A-Za-z0-9-]{16,}`),
  prefixedToken('stripe-live-secret', ['sk_live_'], `${ALNUM}{20,}`),
  prefixedToken('stripe-live-restricted', ['rk_live_'], `${ALNUM}{20,}`),
  prefixedToken('stripe-test-secret', ['sk_test_'], `${ALNUM}{20,}`, 'medium'),
  prefixedToken('stripe-test-restricted', ['rk_test_'], `${ALNUM}{20,}`, 'medium'),
  prefixedToken('stripe-webhook-secret', ['whsec_'], `${ALNUM}{24,}`),
  prefixedToken('groq-api-key', ['gsk_'], `${ALNUM}{48,}`),
  prefixedToken('xai-api-key', ['xai-'], `${ALNUM}{60,}`),
  prefixedToken('perplexity-api-key', ['pplx-'], `${ALNUM}{40,}`),
  prefixedToken('huggingface-token', ['hf_'], `${ALNUM}{30,}`),
  prefixedToken('gitlab-pat', ['glpat-'], '[A-Za-z0-9_.-]{20,}'),
  prefixedToken('gitlab-deploy-token', ['gldt-'], '[A-Za-z0-9_.-]{20,}'),
  prefixedToken('npm-token', ['npm_'], `${ALNUM}{36}`),
  prefixedToken('pypi-token', ['pypi-AgEIcHlwaS5vcmc'], `${URLSAFE}{50,}`),
  prefixedToken('docker-hub-token', ['dckr_pat_'], `${URLSAFE}{20,}`),
  prefixedToken('google-api-key', ['AIza'], `${URLSAFE}{35}`),
  prefixedToken('google-oauth-client-secret', ['GOCSPX-'], `${URLSAFE}{24,}`),
  prefixedToken('google-oauth-access-token', ['ya29.'], `${URLSAFE}{20,}`),
  prefixedToken('atlassian-api-token', ['ATATT3'], '[A-Za-z0-9_=-]{100,}'),
  prefixedToken('sentry-auth-token', ['sntrys_', 'sntryu_'], '[A-Za-z0-9+/=_-]{40,}'),
  prefixedToken('linear-api-key', ['lin_api_', 'lin_oauth_'], `${ALNUM}{32,}`),
  prefixedToken('figma-token', ['figd_'], `${URLSAFE}{30,}`),
  prefixedToken('notion-token', ['ntn_'], `${ALNUM}{40,}`),
  prefixedToken('notion-token', ['secret_'], `${ALNUM}{43}`, 'medium'),
  prefixedToken('context7-api-key', ['ctx7sk-'], '[A-Za-z0-9-]{20,}'),
  prefixedToken('tavily-api-key', ['tvly-'], '[A-Za-z0-9-]{24,}'),
  prefixedToken('firecrawl-api-key', ['fc-'], `${HEX}{32}`, 'medium'),
  prefixedToken('databricks-token', ['dapi'], `${HEX}{32}(?:-[0-9])?`),
  prefixedToken('digitalocean-token', ['dop_v1_', 'doo_v1_', 'dor_v1_'], `${HEX}{64}`),
  prefixedToken('supabase-token', ['sbp_'], `${HEX}{40}`),
  prefixedToken('supabase-token', ['sb_secret_'], `${URLSAFE}{20,}`),
  prefixedToken('twilio-api-key', ['SK'], '[0-9a-f]{32}', 'medium'),
  prefixedToken('sendgrid-api-key', ['SG.'], `${URLSAFE}{22}\\.${URLSAFE}{43}`),
];
