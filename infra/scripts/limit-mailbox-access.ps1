<#
Limits the bot's managed identity to the referral mailbox and the clinicians' mailboxes (docs/DEPLOY.md, step 5).
Run in PowerShell 7 as an Exchange Online administrator. Install-Module ExchangeOnlineManagement once.

Default: Exchange RBAC for Applications. The identity gets the Exchange application roles
"Application Mail.ReadWrite", "Application Mail.Send" and "Application Calendars.ReadWrite", each scoped to a management
scope that holds only the referral mailbox and the members of -ClinicianGroup. Grant NOTHING in Entra for these three
(grant-graph-permissions.sh MODE=rbac grants none): an Entra grant is tenant-wide and would add to the scoped one.

-Legacy: the older application access policy. The Entra grants come from grant-graph-permissions.sh
MODE=access-policy; the policy restricts them to the members of -ClinicianGroup (a mail-enabled security group that
must also contain the referral mailbox).
#>
param(
    [Parameter(Mandatory)] [string] $AppId,           # the identity's client id (BOT_ID)
    [Parameter(Mandatory)] [string] $ObjectId,        # its service principal's object id (BOT_IDENTITY_PRINCIPAL_ID)
    [string] $ReferralMailbox,                        # referrals@yourclinic.example
    [Parameter(Mandatory)] [string] $ClinicianGroup,  # a mail-enabled security group of the clinicians
    [switch] $Legacy
)
$ErrorActionPreference = 'Stop'

# 1. Sign in to Exchange Online (a browser window opens).
Connect-ExchangeOnline

if ($Legacy) {
    # 2L. One policy: the app may reach only mailboxes in the group; every other mailbox answers 403.
    New-ApplicationAccessPolicy -AppId $AppId -PolicyScopeGroupId $ClinicianGroup -AccessRight RestrictAccess `
        -Description 'OutreachBot: referral mailbox and clinicians only'
    # 3L. Check: AccessCheckResult must be Granted for a clinician and Denied for anyone else.
    Test-ApplicationAccessPolicy -AppId $AppId -Identity $ReferralMailbox
    return
}

# 2. Exchange's own pointer to the Entra service principal (RBAC for Applications assigns roles to this).
if (-not (Get-ServicePrincipal -Identity $AppId -ErrorAction SilentlyContinue)) {
    New-ServicePrincipal -AppId $AppId -ObjectId $ObjectId -DisplayName 'OutreachBot'
}

# 3. The scope: the referral mailbox, plus every member of the clinicians' group (by the group's distinguished name).
$groupDn = (Get-Group -Identity $ClinicianGroup).DistinguishedName
$filter = "(MemberOfGroup -eq '$groupDn')"
if ($ReferralMailbox) {
    $filter = "($filter -or (PrimarySmtpAddress -eq '$ReferralMailbox'))"
}
if (-not (Get-ManagementScope -Identity 'OutreachBot mailboxes' -ErrorAction SilentlyContinue)) {
    New-ManagementScope -Name 'OutreachBot mailboxes' -RecipientRestrictionFilter $filter
}

# 4. The three roles, each limited to that scope. Nothing else is assigned.
foreach ($role in 'Application Mail.ReadWrite', 'Application Mail.Send', 'Application Calendars.ReadWrite') {
    $name = "OutreachBot $($role -replace 'Application ', '')"
    if (-not (Get-ManagementRoleAssignment -Identity $name -ErrorAction SilentlyContinue)) {
        New-ManagementRoleAssignment -Name $name -App $AppId -Role $role -CustomResourceScope 'OutreachBot mailboxes'
    }
}

# 5. Check: InScope must be True for the referral mailbox and a clinician, False for anyone else.
if ($ReferralMailbox) {
    Test-ServicePrincipalAuthorization -Identity $AppId -Resource $ReferralMailbox
}
