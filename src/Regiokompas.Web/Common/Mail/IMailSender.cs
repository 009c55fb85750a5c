using System.Net.Mail;

namespace Regiokompas.Web.Common.Mail;

/// <summary>Sends one plain-text e-mail; every module's mail (reminders, invitations, digests) goes through it.</summary>
public interface IMailSender
{
    /// <summary>Sends <paramref name="body"/> to <paramref name="to"/>.</summary>
    Task SendAsync(MailAddress to, string subject, string body, CancellationToken ct);
}
