// Every credential kind the recognisers can report, with the name a person reads.
// The kind is a stable identifier (it appears in "[REDACTED:<kind>]" and in findings);
// the label is for messages and may be reworded.

export const CREDENTIAL_LABELS = {
  'github-classic-pat': 'GitHub classic personal access token',
  'github-fine-grained-pat': 'GitHub fine-grained personal access token',
  'github-oauth': 'GitHub OAuth access token',
  'github-app-token': 'GitHub App installation or user-to-server token',
  'github-refresh-token': 'GitHub App refresh token',
  'aws-access-key-id': 'AWS access key ID',
  'aws-secret-access-key': 'AWS secret access key',
  'slack-bot-token': 'Slack bot token',
  'slack-user-token': 'Slack user token',
  'slack-workspace-token': 'Slack workspace access token',
  'slack-refresh-token': 'Slack refresh token',
  'slack-app-token': 'Slack app-level token',
  'slack-webhook': 'Slack incoming webhook URL',
  'discord-webhook': 'Discord webhook URL',
  'stripe-live-secret': 'Stripe live secret key',
  'stripe-live-restricted': 'Stripe live restricted key',
  'stripe-test-secret': 'Stripe test secret key',
  'stripe-test-restricted': 'Stripe test restricted key',
  'stripe-webhook-secret': 'Stripe webhook signing secret',
  'openai-api-key': 'OpenAI API key',
  'anthropic-api-key': 'Anthropic API key',
  'anthropic-admin-key': 'Anthropic Admin API key',
  'anthropic-oauth-token': 'Anthropic OAuth token (Claude Code)',
  'openrouter-api-key': 'OpenRouter API key',
  'groq-api-key': 'Groq API key',
  'xai-api-key': 'xAI API key',
  'perplexity-api-key': 'Perplexity API key',
  'huggingface-token': 'Hugging Face access token',
  'gitlab-pat': 'GitLab personal access token',
  'gitlab-deploy-token': 'GitLab deploy token',
  'npm-token': 'npm access token',
  'pypi-token': 'PyPI API token',
  'docker-hub-token': 'Docker Hub personal access token',
  'google-api-key': 'Google API key',
  'google-oauth-client-secret': 'Google OAuth client secret',
  'google-oauth-access-token': 'Google OAuth access token',
  'azure-storage-key': 'Azure storage account key',
  'azure-client-secret': 'Microsoft Entra ID (Azure AD) client secret',
  'azure-sas-signature': 'Azure shared access signature',
  'atlassian-api-token': 'Atlassian API token',
  'sentry-auth-token': 'Sentry auth token',
  'linear-api-key': 'Linear API key',
  'figma-token': 'Figma personal access token',
  'notion-token': 'Notion integration token',
  'context7-api-key': 'Context7 API key',
  'tavily-api-key': 'Tavily API key',
  'firecrawl-api-key': 'Firecrawl API key',
  'databricks-token': 'Databricks personal access token',
  'digitalocean-token': 'DigitalOcean personal access token',
  'supabase-token': 'Supabase access token or secret key',
  'twilio-api-key': 'Twilio API key SID',
  'sendgrid-api-key': 'SendGrid API key',
  'jwt': 'JSON Web Token',
  'pem-private-key': 'PEM private key',
  'database-url-password': 'password in a database connection URL',
  'url-userinfo-password': 'password in a URL',
  'basic-auth-credentials': 'HTTP Basic authentication credentials',
  'bearer-token': 'bearer token',
  'http-cookie': 'HTTP cookie',
  'generic-secret-assignment': 'secret value assigned to a sensitive name',
} as const satisfies Record<string, string>;

export type CredentialKind = keyof typeof CREDENTIAL_LABELS;

export const CREDENTIAL_KINDS = Object.keys(CREDENTIAL_LABELS) as CredentialKind[];

export type Confidence = 'high' | 'medium';

export interface CredentialMatch {
  kind: CredentialKind;
  label: string;
  start: number;
  end: number;
  confidence: Confidence;
}

export function credentialKindLabel(kind: CredentialKind): string {
  return CREDENTIAL_LABELS[kind];
}
