terraform {
  required_version = ">= 1.9.0"
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = ">= 5.60"
    }
  }
  # configure a remote backend for real use, e.g. backend "s3" { bucket = "…", key = "suishoupai/prod.tfstate" }
}

provider "aws" {
  region = var.region
  default_tags {
    tags = { Project = "suishoupai", Environment = var.environment }
  }
}
