using Regiokompas.Web.Common.Localization;
using Regiokompas.Web.Common.Modules;

namespace Regiokompas.Web.Modules.CareDirectory;

/// <summary>The CareDirectory module in the host: its texts (it seeds and indexes in <see cref="CareDirectoryStartup"/>).</summary>
public sealed class CareDirectoryAppModule : IAppModule
{
    public int Order => 40;

    public IEnumerable<TextModule> Texts => [new("CareDirectory", CareDirectoryTexts.Messages)];
}
