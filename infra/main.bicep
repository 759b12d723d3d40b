// OutreachBot in a clinic's own Azure subscription and Microsoft 365 tenant. Run with the Azure Developer CLI
// (`azd up`, see docs/DEPLOY.md) or `az deployment sub create --template-file infra/main.bicep --parameters ...`.
// Creates one resource group holding: the bot's user-assigned managed identity, Table Storage (shared-key access
// off), Key Vault, Log Analytics + Application Insights, an App Service plan and web app (Linux, .NET 10), and the
// Azure Bot with the Teams and Microsoft 365 channels. Nothing here names a subscription, tenant or person.
targetScope = 'subscription'

@minLength(1)
@maxLength(20)
@description('Name of the azd environment (e.g. "brightsteps-prod"); seeds the resource names.')
param environmentName string

@minLength(1)
@description('Azure region for everything except the Azure Bot, which is global.')
param location string

@description('Resource group name; default rg-{environmentName}.')
param resourceGroupName string = ''

@description('Object id of the person or pipeline deploying (azd fills AZURE_PRINCIPAL_ID): given Table and Key Vault secret access for export, backup and secret rotation. Empty to skip.')
param principalId string = ''

@allowed(['User', 'ServicePrincipal'])
param principalType string = 'User'

// Names: a short hash of subscription, environment and region keeps global names (storage, vault, site) unique.
var token = toLower(uniqueString(subscription().id, environmentName, location))
var tags = { 'azd-env-name': environmentName, application: 'outreachbot' }

@description('Name overrides; leave empty for generated names.')
param identityName string = ''
param storageAccountName string = ''
param keyVaultName string = ''
param logAnalyticsName string = ''
param applicationInsightsName string = ''
param appServicePlanName string = ''
param webAppName string = ''
param botName string = ''

@description('App Service plan SKU (B1 or larger: Always On needs Basic or above).')
@allowed(['B1', 'B2', 'B3', 'S1', 'S2', 'P0v3', 'P1v3', 'P2v3'])
param appServiceSkuName string = 'B1'

@allowed(['Standard_LRS', 'Standard_ZRS', 'Standard_GRS', 'Standard_GZRS'])
param storageSkuName string = 'Standard_ZRS'

@allowed(['F0', 'S1'])
param botSkuName string = 'F0'

@minValue(30)
@maxValue(730)
param logRetentionInDays int = 90

@description('Name of the bot as Azure shows it (Teams shows the name from the app package).')
param botDisplayName string = 'OutreachBot'

// --- the bot's configuration (README "Configuration") ---
@description('Clinic:Name, shown on cards.')
param clinicName string

@description('Clinic:TimeZone, an IANA zone such as America/Chicago.')
param clinicTimeZone string = 'America/New_York'

@description('Detection:OwnDomains: the clinic\'s own mail domains.')
param clinicMailDomains array = []

@description('Staff:IntakeStaff: Entra object ids or UPNs of front desk and intake coordinators.')
param intakeStaff array = []

@description('Staff:Owners: Entra object ids or UPNs of owners and managers.')
param owners array = []

@description('Staff:Clinicians: [{ id: objectId or UPN, pathways: [Pediatric|School|Hand|Neuro|Adult] }].')
param clinicians array = []

@description('The referral mailbox (UPN), read through Graph once Graph:Mail is enabled and consent granted.')
param referralMailbox string = ''

@description('Graph:Mail:Enabled: read the referral mailbox through Graph. Turn on after grant-graph-permissions.sh.')
param graphMailEnabled bool = false

@description('Graph:Notifications:Enabled: subscribe to new mail (needs graphMailEnabled).')
param graphNotificationsEnabled bool = false

@description('Calendars:Source: IcsFolder, or Graph after consent to Calendars.ReadWrite.')
@allowed(['IcsFolder', 'Graph'])
param calendarSource string = 'IcsFolder'

var names = {
  resourceGroup: !empty(resourceGroupName) ? resourceGroupName : 'rg-${environmentName}'
  identity: !empty(identityName) ? identityName : 'id-outreachbot-${token}'
  storage: !empty(storageAccountName) ? storageAccountName : take('stob${token}', 24)
  keyVault: !empty(keyVaultName) ? keyVaultName : take('kv-ob-${token}', 24)
  logAnalytics: !empty(logAnalyticsName) ? logAnalyticsName : 'log-outreachbot-${token}'
  applicationInsights: !empty(applicationInsightsName) ? applicationInsightsName : 'appi-outreachbot-${token}'
  plan: !empty(appServicePlanName) ? appServicePlanName : 'plan-outreachbot-${token}'
  site: !empty(webAppName) ? webAppName : 'app-outreachbot-${token}'
  bot: !empty(botName) ? botName : 'bot-outreachbot-${token}'
}
// The default host name is known before the site exists (the bot's endpoint and Graph's notification URL need it).
var hostName = '${names.site}.azurewebsites.net'

resource group 'Microsoft.Resources/resourceGroups@2024-03-01' = {
  name: names.resourceGroup
  location: location
  tags: tags
}

module identity 'modules/identity.bicep' = {
  scope: group
  params: {
    name: names.identity
    location: location
    tags: tags
  }
}

module monitoring 'modules/monitoring.bicep' = {
  scope: group
  params: {
    logAnalyticsName: names.logAnalytics
    applicationInsightsName: names.applicationInsights
    location: location
    tags: tags
    retentionInDays: logRetentionInDays
  }
}

module storage 'modules/storage.bicep' = {
  scope: group
  params: {
    name: names.storage
    location: location
    tags: tags
    skuName: storageSkuName
    botIdentityName: names.identity
    botPrincipalId: identity.outputs.principalId
    deployerPrincipalId: principalId
    deployerPrincipalType: principalType
  }
}

module keyVault 'modules/keyvault.bicep' = {
  scope: group
  params: {
    name: names.keyVault
    location: location
    tags: tags
    botIdentityName: names.identity
    botPrincipalId: identity.outputs.principalId
    deployerPrincipalId: principalId
    deployerPrincipalType: principalType
  }
}

module settings 'modules/appsettings.bicep' = {
  scope: group
  params: {
    identityClientId: identity.outputs.clientId
    tableEndpoint: storage.outputs.tableEndpoint
    keyVaultUri: keyVault.outputs.uri
    applicationInsightsConnectionString: monitoring.outputs.connectionString
    hostName: hostName
    clinicName: clinicName
    clinicTimeZone: clinicTimeZone
    clinicMailDomains: clinicMailDomains
    intakeStaff: intakeStaff
    owners: owners
    clinicians: clinicians
    referralMailbox: referralMailbox
    graphMailEnabled: graphMailEnabled
    graphNotificationsEnabled: graphNotificationsEnabled
    calendarSource: calendarSource
  }
}

module app 'modules/appservice.bicep' = {
  scope: group
  params: {
    planName: names.plan
    siteName: names.site
    location: location
    tags: tags
    skuName: appServiceSkuName
    identityResourceId: identity.outputs.id
    appSettings: settings.outputs.values
  }
}

module bot 'modules/bot.bicep' = {
  scope: group
  params: {
    name: names.bot
    tags: tags
    skuName: botSkuName
    displayName: botDisplayName
    endpoint: 'https://${hostName}/api/messages'
    identityResourceId: identity.outputs.id
    identityClientId: identity.outputs.clientId
  }
}

// azd stores these in .azure/{env}/.env; the scripts and docs/DEPLOY.md use them.
output AZURE_LOCATION string = location
output AZURE_TENANT_ID string = tenant().tenantId
output AZURE_RESOURCE_GROUP string = group.name
output BOT_ID string = identity.outputs.clientId
output BOT_IDENTITY_PRINCIPAL_ID string = identity.outputs.principalId
output BOT_IDENTITY_NAME string = identity.outputs.name
output BOT_HOST_NAME string = app.outputs.hostName
output BOT_WEB_APP_NAME string = app.outputs.name
output AZURE_BOT_NAME string = bot.outputs.name
output STORAGE_ACCOUNT_NAME string = storage.outputs.name
output STORAGE_TABLE_ENDPOINT string = storage.outputs.tableEndpoint
output KEY_VAULT_NAME string = keyVault.outputs.name
output APPLICATION_INSIGHTS_NAME string = monitoring.outputs.applicationInsightsName
