variable "region" {
  description = "AWS region."
  type        = string
}

variable "environment" {
  description = "Deployment name."
  type        = string
  default     = "prod"
}

variable "release" {
  description = "Release being deployed (e.g. the Git tag). A new value runs the migration step once."
  type        = string
}

variable "package_type" {
  description = "jvm (SnapStart) or native."
  type        = string
  default     = "jvm"
}

variable "vpc_id" {
  description = "VPC with private subnets that reach the database."
  type        = string
}

variable "private_subnet_ids" {
  description = "Private subnets for the functions and the database (two or more availability zones)."
  type        = list(string)
}

variable "bucket_name" {
  description = "Globally unique name of the media bucket."
  type        = string
}

variable "jwt_issuer" {
  description = "Issuer of the identity provider's tokens."
  type        = string
}

variable "jwt_audience" {
  description = "Audience the tokens carry."
  type        = string
}

variable "jwt_public_key_location" {
  description = "Where functions find the verification key: the identity provider's JWKS URL (https://…/jwks.json)."
  type        = string
}

variable "scheduler_token" {
  description = "JWT with the scheduler role, for EventBridge Scheduler's calls."
  type        = string
  sensitive   = true
}

variable "cors_allow_origins" {
  description = "Browser origins of the staff console."
  type        = list(string)
  default     = []
}

variable "memory_mb" {
  description = "Per-function memory overrides."
  type        = map(number)
  default     = {}
}

variable "timeout_s" {
  description = "Per-function timeout overrides."
  type        = map(number)
  default     = {}
}

variable "extra_configuration" {
  description = "More function configuration (SUISHOUPAI_* variables, see the README's configuration table)."
  type        = map(string)
  default     = {}
}

variable "migrations_jar" {
  description = "The migration step's jar, relative to the repository root."
  type        = string
  default     = "migrations/target/migrations-0.1.0-SNAPSHOT-lambda.jar"
}

variable "app_oidc" {
  description = "The citizen's app's OpenID Connect client at the city's provider (Authorization Code + PKCE; a public client whose redirect URI is the app's URL)."
  type = object({
    authority = string
    client_id = string
    scope     = optional(string, "openid profile")
    resource  = optional(string)
  })
}

variable "app_tiles" {
  description = "The app's base map: a Leaflet URL template and the system its tiles are drawn in (Tianditu: CGCS2000; AMap, Tencent: GCJ02)."
  type = object({
    url          = string
    coord_system = string
    key          = optional(string)
    subdomains   = optional(list(string), [])
    attribution  = optional(string, "")
    max_zoom     = optional(number, 18)
  })
}

variable "app_map_center" {
  description = "Where the app's map opens when the phone's position is unknown (WGS-84)."
  type        = object({ lat = number, lon = number, zoom = optional(number, 13) })
}

variable "app_limits" {
  description = "The intake limits the app checks before uploading: the functions' suishoupai.intake.* and suishoupai.media.* values."
  type = object({
    min_photos             = optional(number, 2)
    max_items              = optional(number, 9)
    description_max_length = optional(number, 1000)
    photo_max_bytes        = optional(number, 10485760)
    video_max_bytes        = optional(number, 52428800)
    audio_max_bytes        = optional(number, 5242880)
  })
  default = {}
}

variable "case_number_prefix" {
  description = "The functions' suishoupai.case-number-prefix, shown by the app."
  type        = string
  default     = "XN"
}
