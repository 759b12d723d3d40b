// The pipeline's Table Storage: shared-key (account key and SAS) access off, so only Entra identities with a data
// role reach it; TLS 1.2; no public blob access. The bot's identity gets Storage Table Data Contributor, the
// person deploying gets the same (to export and back up the tables with their own sign-in).

param name string
param location string
param tags object

@description('Storage redundancy: Standard_ZRS keeps three copies across zones; Standard_LRS is cheaper.')
@allowed(['Standard_LRS', 'Standard_ZRS', 'Standard_GRS', 'Standard_GZRS'])
param skuName string

@description('Name of the bot\'s managed identity: names its role assignment (known before deployment).')
param botIdentityName string

@description('Object id of the bot\'s managed identity.')
param botPrincipalId string

@description('Object id of the person or pipeline deploying (azd sets AZURE_PRINCIPAL_ID); empty to skip.')
param deployerPrincipalId string

@description('ServicePrincipal when a pipeline deploys, User when a person does.')
@allowed(['User', 'ServicePrincipal'])
param deployerPrincipalType string

// Built-in role "Storage Table Data Contributor".
var tableDataContributor = subscriptionResourceId('Microsoft.Authorization/roleDefinitions', '0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3')

resource account 'Microsoft.Storage/storageAccounts@2023-05-01' = {
  name: name
  location: location
  tags: tags
  kind: 'StorageV2'
  sku: {
    name: skuName
  }
  properties: {
    allowSharedKeyAccess: false
    defaultToOAuthAuthentication: true
    allowBlobPublicAccess: false
    minimumTlsVersion: 'TLS1_2'
    supportsHttpsTrafficOnly: true
    publicNetworkAccess: 'Enabled'
  }
}

resource tables 'Microsoft.Storage/storageAccounts/tableServices@2023-05-01' = {
  parent: account
  name: 'default'
}

resource botTables 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  scope: account
  name: guid(account.id, botIdentityName, tableDataContributor)
  properties: {
    roleDefinitionId: tableDataContributor
    principalId: botPrincipalId
    principalType: 'ServicePrincipal'
  }
}

resource deployerTables 'Microsoft.Authorization/roleAssignments@2022-04-01' = if (!empty(deployerPrincipalId)) {
  scope: account
  name: guid(account.id, deployerPrincipalId, tableDataContributor)
  properties: {
    roleDefinitionId: tableDataContributor
    principalId: deployerPrincipalId
    principalType: deployerPrincipalType
  }
}

output name string = account.name
output tableEndpoint string = account.properties.primaryEndpoints.table
