output "url" {
  description = "The app's address (give it to the WeChat official account's menu and the posters' QR codes)."
  value       = "https://${length(var.aliases) > 0 ? var.aliases[0] : aws_cloudfront_distribution.site.domain_name}/${var.path_prefix}"
}

output "origin" {
  description = "The site's origin, for the media bucket's CORS (browsers PUT photos to it from here)."
  value       = "https://${length(var.aliases) > 0 ? var.aliases[0] : aws_cloudfront_distribution.site.domain_name}"
}

output "distribution_id" {
  description = "For invalidations (index.html and config.json are no-cache, so a release needs none)."
  value       = aws_cloudfront_distribution.site.id
}
