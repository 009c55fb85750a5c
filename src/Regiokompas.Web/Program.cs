using Regiokompas.Web.Common.Data;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddAppDatabase(builder.Configuration, builder.Environment.ContentRootPath);
var app = builder.Build();
app.Run();

public partial class Program;
