variable "name" {
  description = "Prefix of the site's resources, e.g. suishoupai-prod-app."
  type        = string
}

variable "dist_dir" {
  description = "The built app (web/app/dist after `mvn -pl web install` or `npm run build` in web/app)."
  type        = string
}

variable "path_prefix" {
  description = "Where the app lives on the site; the app is built with relative paths and served under this prefix."
  type        = string
  default     = "app/"

  validation {
    condition     = can(regex("^([a-z0-9-]+/)?$", var.path_prefix))
    error_message = "path_prefix is empty or one lower-case segment ending in a slash, e.g. app/."
  }
}

variable "settings" {
  description = <<-EOT
    The app's config.json, as the all-in-one app writes it from suishoupai.web.* (WebClientSettings): apiBaseUrl
    (the HTTP API's URL), caseNumberPrefix, signIn {dev = false, oidc {authority, clientId, scope, resource}},
    map {tiles {url, coordSystem, key, subdomains, attribution, maxZoom}, centerLat, centerLon, zoom} and limits
    {minPhotos, maxItems, descriptionMaxLength, photoMaxBytes, videoMaxBytes, audioMaxBytes} — the same values the
    functions are configured with.
  EOT
  type        = any

  validation {
    condition     = try(var.settings.signIn.dev, false) == false
    error_message = "Dev sign-in exists only on the all-in-one app's embedded defaults; a deployed site signs in with OIDC."
  }

  validation {
    condition     = contains(["WGS84", "CGCS2000", "GCJ02", "BD09"], try(var.settings.map.tiles.coordSystem, ""))
    error_message = "settings.map.tiles.coordSystem is the tiles' system: WGS84, CGCS2000 (Tianditu), GCJ02 (AMap, Tencent) or BD09."
  }
}

variable "aliases" {
  description = "Domain names of the site (needs certificate_arn); empty: the CloudFront domain."
  type        = list(string)
  default     = []
}

variable "certificate_arn" {
  description = "ACM certificate in us-east-1 for the aliases."
  type        = string
  default     = null
}

variable "price_class" {
  description = "CloudFront price class (PriceClass_All reaches edge locations nearest mainland China)."
  type        = string
  default     = "PriceClass_All"
}

variable "tags" {
  description = "Tags for every resource."
  type        = map(string)
  default     = {}
}
