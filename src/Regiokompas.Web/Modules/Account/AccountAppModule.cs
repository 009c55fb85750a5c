using Regiokompas.Web.Common.Localization;
using Regiokompas.Web.Common.Modules;

namespace Regiokompas.Web.Modules.Account;

/// <summary>The Account pages in the host: their texts.</summary>
public sealed class AccountAppModule : IAppModule
{
    public int Order => 0;

    public IEnumerable<TextModule> Texts => [new("Account", AccountTexts.Messages), new("Onboarding", Users.UserTexts.Messages)];
}
