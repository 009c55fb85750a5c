using System.Net;
using System.Net.Mail;
using Microsoft.Extensions.Options;
using Regiokompas.Web.Common.Data;

namespace Regiokompas.Web.Common.Mail;

/// <summary>SMTP when configured; otherwise a file drop (.eml in the data folder's "mail" folder) for development.</summary>
public sealed class MailSender(IOptions<MailOptions> options, IConfiguration config, IWebHostEnvironment env) : IMailSender
{
    public async Task SendAsync(MailAddress to, string subject, string body, CancellationToken ct)
    {
        var o = options.Value;
        using var message = new MailMessage(new MailAddress(o.From, "Regiokompas"), to) 
        {
            Subject = subject, Body = body, BodyEncoding = System.Text.Encoding.UTF8, SubjectEncoding = System.Text.Encoding.UTF8,
            // 8-bit keeps the link readable in the file drop (quoted-printable would break it across lines).
            BodyTransferEncoding = System.Net.Mime.TransferEncoding.EightBit,
        };
        using var client = new SmtpClient();
        if (string.IsNullOrWhiteSpace(o.SmtpHost))
        {
            client.DeliveryMethod = SmtpDeliveryMethod.SpecifiedPickupDirectory;
            client.PickupDirectoryLocation = Directory.CreateDirectory(Path.Combine(DatabaseSetup.DataFolder(config, env.ContentRootPath), "mail")).FullName;
        }
        else
        {
            client.Host = o.SmtpHost;
            client.Port = o.SmtpPort;
            client.EnableSsl = o.SmtpSsl;
            if (o.SmtpUser is not null) client.Credentials = new NetworkCredential(o.SmtpUser, o.SmtpPassword);
        }
        await client.SendMailAsync(message, ct);
    }
}
