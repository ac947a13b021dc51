# The migration deploy step: a plain Java Lambda (migrations/target/migrations-*-lambda.jar) in the VPC, invoked
# once per release before traffic moves — never at a function's cold start. A failed migration fails the apply.

module "migrate_function" {
  source = "../../modules/function"
  function = {
    name        = "migrate"
    lambda_name = "suishoupai-${var.environment}-migrate"
    description = "Applies the database migrations of a release"
    memory_mb   = 512
    timeout_s   = 300
    artifact    = "${path.root}/../../../${var.migrations_jar}"
    runtime     = "java17"
    handler     = "io.suishoupai.migrations.MigrateHandler::handleRequest"
    snap_start  = false
    s3_actions  = []
  }
  environment_variables = {
    SUISHOUPAI_DB_JDBC_URL = "jdbc:postgresql://${module.database.proxy_endpoint}:5432/${module.database.database_name}?sslmode=require"
    SUISHOUPAI_DB_USER     = module.database.username
    SUISHOUPAI_DB_IAM_AUTH = "true" # an RDS IAM token signed with this function's role, no password
  }
  database_connect_resources = [module.database.connect_resource]
  artifact_bucket            = aws_s3_bucket.artifacts.id
  bucket_arn                 = module.storage.bucket_arn
  subnet_ids                 = var.private_subnet_ids
  security_group_ids         = [aws_security_group.functions.id]
}

resource "aws_lambda_invocation" "migrate" {
  function_name = module.migrate_function.function_name
  qualifier     = "live"
  input         = jsonencode({ release = var.release })
  triggers = {
    release = var.release
  }
}
