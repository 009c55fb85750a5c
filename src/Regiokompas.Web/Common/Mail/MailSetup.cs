namespace Regiokompas.Web.Common.Mail;

/// <summary>Registers the one mail path of the application (settings under "Mail").</summary>
public static class MailSetup
{
    public static IServiceCollection AddAppMail(this IServiceCollection services)
    {
        services.AddOptions<MailOptions>().BindConfiguration("Mail");
        services.AddSingleton<IMailSender, MailSender>();
        return services;
    }
}
