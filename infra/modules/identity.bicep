// The bot's one identity: a user-assigned managed identity. It is the bot's Microsoft App ID (Azure Bot of type
// UserAssignedMSI), reads and writes Table Storage, reads Key Vault secrets and, after consent, calls Microsoft Graph.
// No client secret exists for it.

@description('Name of the user-assigned managed identity.')
param name string

@description('Azure region.')
param location string

@description('Tags for every resource.')
param tags object

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: name
  location: location
  tags: tags
}

@description('Resource id (Azure Bot msaAppMSIResourceId, App Service identity).')
output id string = identity.id

@description('Client id: the bot\'s Microsoft App ID and Graph:ClientId.')
output clientId string = identity.properties.clientId

@description('Object id of its service principal (role assignments, Graph app roles, Exchange RBAC).')
output principalId string = identity.properties.principalId

output name string = identity.name
