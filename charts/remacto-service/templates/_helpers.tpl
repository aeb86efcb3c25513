{{/*
Names. The workload is named after its chart (gateway, identity, members); resources are
<release>-<chart>, which is what the gateway's downstream URLs assume.
*/}}
{{- define "remacto-service.name" -}}
{{- .Chart.Name | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{- define "remacto-service.fullname" -}}
{{- printf "%s-%s" .Release.Name .Chart.Name | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{- define "remacto-service.selectorLabels" -}}
app.kubernetes.io/name: {{ include "remacto-service.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end -}}

{{- define "remacto-service.labels" -}}
helm.sh/chart: {{ printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" | trunc 63 | trimSuffix "-" }}
{{ include "remacto-service.selectorLabels" . }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
app.kubernetes.io/part-of: remacto
app.kubernetes.io/managed-by: {{ .Release.Service }}
{{- end -}}

{{/* <registry>/<name>:<tag>, or <repository>:<tag> when the repository is given whole. */}}
{{- define "remacto-service.image" -}}
{{- $global := .Values.global | default dict -}}
{{- $repository := .Values.image.repository -}}
{{- if not $repository -}}
{{- $registry := required "global.imageRegistry is required" $global.imageRegistry | trimSuffix "/" -}}
{{- $repository = printf "%s/%s" $registry (required (printf "%s: image.name is required" .Chart.Name) .Values.image.name) -}}
{{- end -}}
{{- $tag := .Values.image.tag | default $global.imageTag | default .Chart.AppVersion -}}
{{- printf "%s:%s" $repository (toString $tag) -}}
{{- end -}}

{{/* A value of the global section, "" when any level is missing. */}}
{{- define "remacto-service.global" -}}
{{- $node := .root.Values.global -}}
{{- range .path -}}
{{- if kindIs "map" $node -}}
{{- $node = get $node . -}}
{{- else -}}
{{- $node = "" -}}
{{- end -}}
{{- end -}}
{{- if kindIs "map" $node }}{{ fail (printf "global.%s must be a value, not a map" (join "." .path)) }}{{ end -}}
{{- $node | default "" | toString -}}
{{- end -}}

{{/* The MongoDB URI Secret: the service's own reference, else the global one. */}}
{{- define "remacto-service.mongodbSecretName" -}}
{{- .Values.mongodb.uriSecret.name | default (include "remacto-service.global" (dict "root" . "path" (list "mongodb" "uriSecret" "name"))) | required (printf "%s: global.mongodb.uriSecret.name (or mongodb.uriSecret.name) is required" .Chart.Name) -}}
{{- end -}}

{{- define "remacto-service.mongodbSecretKey" -}}
{{- .Values.mongodb.uriSecret.key | default (include "remacto-service.global" (dict "root" . "path" (list "mongodb" "uriSecret" "key"))) | default .Chart.Name -}}
{{- end -}}

{{/* Plain (non-secret) environment, as a dict: the ConfigMap's data. */}}
{{- define "remacto-service.env" -}}
{{- $env := dict -}}
{{- $_ := set $env "SERVER_PORT" (toString .Values.port) -}}
{{- if .Values.javaToolOptions }}{{ $_ := set $env "JAVA_TOOL_OPTIONS" .Values.javaToolOptions }}{{ end -}}
{{- if .Values.kafka.enabled -}}
{{- $kafka := include "remacto-service.global" (dict "root" . "path" (list "kafka" "bootstrapServers")) | required "global.kafka.bootstrapServers is required" -}}
{{- $_ := set $env "KAFKA_BOOTSTRAP_SERVERS" (tpl $kafka .) -}}
{{- $replication := include "remacto-service.global" (dict "root" . "path" (list "kafka" "replicationFactor")) -}}
{{- if $replication }}{{ $_ := set $env "REMACTO_EVENTS_REPLICATION_FACTOR" (toString $replication) }}{{ end -}}
{{- end -}}
{{- if .Values.elasticsearch.enabled -}}
{{- $es := include "remacto-service.global" (dict "root" . "path" (list "elasticsearch" "url")) | required "global.elasticsearch.url is required" -}}
{{- $_ := set $env "ELASTICSEARCH_URL" (tpl $es .) -}}
{{- end -}}
{{- $issuer := include "remacto-service.global" (dict "root" . "path" (list "identity" "issuer")) | required "global.identity.issuer is required" -}}
{{- $_ := set $env "REMACTO_ISSUER" (tpl $issuer .) -}}
{{- $jwks := include "remacto-service.global" (dict "root" . "path" (list "identity" "jwksUri")) | required "global.identity.jwksUri is required" -}}
{{- $_ := set $env "REMACTO_JWKS_URI" (tpl $jwks .) -}}
{{- range $name, $port := .Values.downstream -}}
{{- $_ := set $env (printf "REMACTO_%s_URL" ($name | upper | replace "-" "_")) (printf "http://%s-%s:%v" $.Release.Name $name $port) -}}
{{- end -}}
{{- range $name, $file := .Values.secretFiles -}}
{{- if $file.env }}{{ $_ := set $env $file.env (printf "%s/%s" ($.Values.secretFilesDir | trimSuffix "/") $file.file) }}{{ end -}}
{{- end -}}
{{- range $name, $value := .Values.env -}}
{{- $_ := set $env $name (tpl (toString $value) $) -}}
{{- end -}}
{{- toYaml $env -}}
{{- end -}}
