using OutreachBot.Protocol.Activities;

namespace OutreachBot.Protocol.Connector;

/// <summary>One page of a conversation's members (<c>GET /v3/conversations/{id}/pagedmembers</c>).</summary>
public sealed class PagedMembersResult
{
    /// <summary>The members on this page. Teams adds <c>email</c>, <c>userPrincipalName</c> and more, kept in each account's extension data.</summary>
    public IList<ChannelAccount> Members { get; set; } = [];

    /// <summary>Pass this back for the next page; null on the last page.</summary>
    public string? ContinuationToken { get; set; }
}
