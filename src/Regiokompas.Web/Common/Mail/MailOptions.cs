namespace Regiokompas.Web.Common.Mail;

/// <summary>Settings under "Mail": the site's public address for links in e-mails, and how mail is sent.</summary>
public sealed class MailOptions
{
    /// <summary>Address of this site as people reach it, for the links in e-mails.</summary>
    public string PublicBaseUrl { get; set; } = "http://127.0.0.1:5080";

    /// <summary>Sender address of every e-mail.</summary>
    public string From { get; set; } = "noreply@regiokompas.invalid";

    /// <summary>SMTP server; when empty, mails are written as .eml files to the data folder's "mail" folder.</summary>
    public string? SmtpHost { get; set; }

    /// <summary>SMTP port (587: submission with STARTTLS).</summary>
    public int SmtpPort { get; set; } = 587;

    /// <summary>STARTTLS to the SMTP server; off only for a local test server.</summary>
    public bool SmtpSsl { get; set; } = true;

    /// <summary>SMTP user name, when the server asks for one.</summary>
    public string? SmtpUser { get; set; }

    /// <summary>SMTP password for <see cref="SmtpUser"/>.</summary>
    public string? SmtpPassword { get; set; }
}
