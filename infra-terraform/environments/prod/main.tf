# Production: the catalogue drives everything — one Lambda per catalogue entry, one route per catalogue route,
# the scheduled calls — over one bucket, one database (behind RDS Proxy) and one HTTP API.

module "catalog" {
  source        = "../../modules/catalog"
  environment   = var.environment
  package_type  = var.package_type
  memory_mb     = var.memory_mb
  timeout_s     = var.timeout_s
  artifact_root = "${path.root}/../../.."
}

# deployment artifacts (function zips, the migration jar), kept by version for rollbacks
resource "aws_s3_bucket" "artifacts" {
  bucket = "${var.bucket_name}-artifacts"
}

resource "aws_s3_bucket_public_access_block" "artifacts" {
  bucket                  = aws_s3_bucket.artifacts.id
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}

resource "aws_s3_bucket_versioning" "artifacts" {
  bucket = aws_s3_bucket.artifacts.id
  versioning_configuration {
    status = "Enabled"
  }
}

module "storage" {
  source      = "../../modules/storage"
  bucket_name = var.bucket_name
}

resource "aws_security_group" "functions" {
  name        = "suishoupai-${var.environment}-functions"
  description = "Suishoupai functions and the migration step"
  vpc_id      = var.vpc_id
}

resource "aws_vpc_security_group_egress_rule" "functions_https" {
  security_group_id = aws_security_group.functions.id
  cidr_ipv4         = "0.0.0.0/0"
  ip_protocol       = "tcp"
  from_port         = 443
  to_port           = 443
}

resource "aws_vpc_security_group_egress_rule" "functions_database" {
  security_group_id = aws_security_group.functions.id
  cidr_ipv4         = "0.0.0.0/0"
  ip_protocol       = "tcp"
  from_port         = 5432
  to_port           = 5432
}

module "database" {
  source                    = "../../modules/database"
  name                      = "suishoupai-${var.environment}"
  vpc_id                    = var.vpc_id
  subnet_ids                = var.private_subnet_ids
  client_security_group_ids = [aws_security_group.functions.id]
}

locals {
  configuration = merge({
    QUARKUS_DATASOURCE_REACTIVE_URL = "postgresql://${module.database.proxy_endpoint}:5432/${module.database.database_name}?sslmode=require"
    QUARKUS_DATASOURCE_USERNAME     = module.database.username
    # no password: each new connection signs an RDS IAM token with the function's role (RdsIamCredentials)
    QUARKUS_DATASOURCE_CREDENTIALS_PROVIDER      = "rds-iam"
    QUARKUS_DATASOURCE_CREDENTIALS_PROVIDER_NAME = "rds-iam"
    SUISHOUPAI_STORAGE_BUCKET                    = module.storage.bucket_name
    QUARKUS_S3_AWS_REGION                        = var.region
    MP_JWT_VERIFY_ISSUER                         = var.jwt_issuer
    MP_JWT_VERIFY_AUDIENCES                      = var.jwt_audience
    MP_JWT_VERIFY_PUBLICKEY_LOCATION             = var.jwt_public_key_location
  }, var.extra_configuration)
}

module "function" {
  source                     = "../../modules/function"
  for_each                   = module.catalog.functions
  function                   = each.value
  environment_variables      = local.configuration
  database_connect_resources = [module.database.connect_resource]
  artifact_bucket            = aws_s3_bucket.artifacts.id
  bucket_arn                 = module.storage.bucket_arn
  subnet_ids                 = var.private_subnet_ids
  security_group_ids         = [aws_security_group.functions.id]
  # new code checks the schema's version at start: the release's migration runs first
  depends_on = [aws_lambda_invocation.migrate]
}

module "http_api" {
  source             = "../../modules/http-api"
  name               = "suishoupai-${var.environment}"
  routes             = module.catalog.routes
  functions          = { for name, f in module.function : name => { function_name = f.function_name, alias_arn = f.alias_arn, alias_invoke_arn = f.alias_invoke_arn } }
  jwt_issuer         = var.jwt_issuer
  jwt_audience       = [var.jwt_audience]
  cors_allow_origins = concat(var.cors_allow_origins, [module.citizen_app.origin, module.console.origin])
}

module "schedule" {
  source              = "../../modules/schedule"
  name                = "suishoupai-${var.environment}"
  schedules           = module.catalog.schedules
  function_alias_arns = { for name, f in module.function : name => f.alias_arn }
  scheduler_token     = var.scheduler_token
}

# The web clients as static sites: the citizen's app (web/app/dist) and the command centre's console
# (web/console/dist); one config.json shape for both points them at this API, the city's identity provider and
# its map tiles.
locals {
  web_settings = {
    apiBaseUrl       = module.http_api.api_endpoint
    caseNumberPrefix = var.case_number_prefix
    # the functions' suishoupai.zone (its default): the console's "today" and "this month" are the city's
    zone = "Asia/Shanghai"
    signIn = {
      dev  = false
      oidc = { authority = var.app_oidc.authority, clientId = var.app_oidc.client_id, scope = var.app_oidc.scope, resource = var.app_oidc.resource }
    }
    map = {
      tiles = {
        url         = var.app_tiles.url
        coordSystem = var.app_tiles.coord_system
        key         = var.app_tiles.key
        subdomains  = var.app_tiles.subdomains
        attribution = var.app_tiles.attribution
        maxZoom     = var.app_tiles.max_zoom
      }
      centerLat = var.app_map_center.lat
      centerLon = var.app_map_center.lon
      zoom      = var.app_map_center.zoom
    }
    limits = {
      minPhotos            = var.app_limits.min_photos
      maxItems             = var.app_limits.max_items
      descriptionMaxLength = var.app_limits.description_max_length
      photoMaxBytes        = var.app_limits.photo_max_bytes
      videoMaxBytes        = var.app_limits.video_max_bytes
      audioMaxBytes        = var.app_limits.audio_max_bytes
    }
  }
}

module "citizen_app" {
  source   = "../../modules/static-site"
  name     = "suishoupai-${var.environment}-app"
  dist_dir = "${path.root}/../../../web/app/dist"
  settings = local.web_settings
}

module "console" {
  source      = "../../modules/static-site"
  name        = "suishoupai-${var.environment}-console"
  dist_dir    = "${path.root}/../../../web/console/dist"
  path_prefix = "console/"
  settings    = local.web_settings
}
