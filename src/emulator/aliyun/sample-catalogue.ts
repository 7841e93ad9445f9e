// Built-in catalogue of the sample data: product directories, products and question categories, in
// English and Chinese. Ids reuse the figures of the spec's samples where it has them (18550/7161/53812 …).
import type { AliyunCategoryFixture, AliyunDirectoryFixture } from './fixtures';

export const sampleDirectories: readonly AliyunDirectoryFixture[] = [
  {
    DirectoryId: 1,
    DirectoryName: 'Elastic Computing',
    DirectoryNameZh: '弹性计算',
    ProductList: [
      {
        ProductId: 18550,
        ProductName: 'Elastic Compute Service (ECS)',
        ProductNameZh: '云服务器 ECS',
        ProductCode: 'ecs',
        Hot: true,
        Description: 'Server consultation or technical questions, such as failures in remote server access, website access, and security',
      },
      {
        ProductId: 7160,
        ProductName: 'Simple Application Server',
        ProductNameZh: '轻量应用服务器',
        ProductCode: 'swas',
        Description: 'Questions about Simple Application Server instances, images and firewalls',
      },
      { ProductId: 7170, ProductName: 'Function Compute', ProductNameZh: '函数计算', ProductCode: 'fc', Description: 'Function deployment, triggers, cold starts and quotas' },
      {
        ProductId: 7180,
        ProductName: 'Container Service for Kubernetes (ACK)',
        ProductNameZh: '容器服务 Kubernetes 版',
        ProductCode: 'ack',
        Description: 'Cluster creation, node pools, networking and upgrades',
      },
    ],
  },
  {
    DirectoryId: 2,
    DirectoryName: 'Storage',
    DirectoryNameZh: '存储',
    ProductList: [
      {
        ProductId: 7200,
        ProductName: 'Object Storage Service (OSS)',
        ProductNameZh: '对象存储 OSS',
        ProductCode: 'oss',
        Hot: true,
        Description: 'OSS consultation or technical questions, such as bucket creation, bucket usage, and API key questions',
      },
      { ProductId: 7210, ProductName: 'File Storage NAS', ProductNameZh: '文件存储 NAS', ProductCode: 'nas', Description: 'Mount targets, permissions and performance of NAS file systems' },
      { ProductId: 7220, ProductName: 'Elastic Block Storage', ProductNameZh: '块存储', ProductCode: 'ebs', Description: 'Disks, snapshots and encryption' },
    ],
  },
  {
    DirectoryId: 3,
    DirectoryName: 'Databases',
    DirectoryNameZh: '数据库',
    ProductList: [
      {
        ProductId: 7300,
        ProductName: 'ApsaraDB RDS',
        ProductNameZh: '云数据库 RDS',
        ProductCode: 'rds',
        Hot: true,
        Description: 'Connections, performance, backups and version upgrades of RDS instances',
      },
      { ProductId: 7310, ProductName: 'PolarDB', ProductNameZh: '云原生数据库 PolarDB', ProductCode: 'polardb', Description: 'Cluster endpoints, read/write splitting and storage' },
      { ProductId: 7320, ProductName: 'Tair (Redis OSS-compatible)', ProductNameZh: '云数据库 Tair（兼容 Redis）', ProductCode: 'redis', Description: 'Connections, memory usage and eviction' },
    ],
  },
  {
    DirectoryId: 4,
    DirectoryName: 'Networking & CDN',
    DirectoryNameZh: '网络与 CDN',
    ProductList: [
      {
        ProductId: 7400,
        ProductName: 'Server Load Balancer (SLB)',
        ProductNameZh: '负载均衡 SLB',
        ProductCode: 'slb',
        Description: 'Questions related to SLB configuration, uneven load distribution, and health check',
      },
      { ProductId: 7410, ProductName: 'Virtual Private Cloud (VPC)', ProductNameZh: '专有网络 VPC', ProductCode: 'vpc', Description: 'Route tables, vSwitches and NAT gateways' },
      { ProductId: 7420, ProductName: 'Alibaba Cloud CDN', ProductNameZh: 'CDN', ProductCode: 'cdn', Description: 'Domain acceleration, HTTPS certificates and cache refresh' },
    ],
  },
  {
    DirectoryId: 5,
    DirectoryName: 'Account & Billing',
    DirectoryNameZh: '账号与财务',
    ProductList: [
      {
        ProductId: 1193,
        ProductName: 'Financial Support',
        ProductNameZh: '财务支持',
        ProductCode: 'finance',
        Hot: true,
        Consultation: true,
        Description: 'Questions related to orders, withdrawal, invoices, remittance, and vouchers',
      },
      {
        ProductId: 1194,
        ProductName: 'Account Support',
        ProductNameZh: '账号支持',
        ProductCode: 'account',
        Hot: true,
        Consultation: true,
        Description: 'Questions related to changing the bound mobile phones or mailboxes, real-name verification, and retrieving usernames and passwords',
      },
      { ProductId: 76, ProductName: 'ICP Filing', ProductNameZh: 'ICP 备案', ProductCode: 'beian', Consultation: true, Description: 'Questions related to ICP filing, compensation, and refund' },
    ],
  },
];

const c = (CategoryId: number, CategoryName: string, CategoryNameZh: string): AliyunCategoryFixture => ({ CategoryId, CategoryName, CategoryNameZh });

export const sampleCategories: Readonly<Record<string, readonly AliyunCategoryFixture[]>> = {
  '18550': [
    c(7161, 'ECS instance cannot be connected', 'ECS 实例无法连接'),
    c(53812, 'Backup and snapshot', '备份与快照'),
    c(7162, 'Instance performance (CPU, memory, disk I/O)', '实例性能（CPU、内存、磁盘 I/O）'),
    c(7163, 'Renewal, upgrade and release', '续费、升降配与释放'),
  ],
  '7160': [c(7601, 'Cannot log in to the server', '无法登录服务器'), c(7602, 'Firewall and ports', '防火墙与端口')],
  '7170': [c(7701, 'Function timeout or cold start', '函数超时或冷启动'), c(7702, 'Trigger does not fire', '触发器未触发')],
  '7180': [c(7801, 'Cluster creation failed', '集群创建失败'), c(7802, 'Pods cannot reach the network', 'Pod 网络不通'), c(7803, 'Cluster upgrade', '集群升级')],
  '7200': [
    c(793, 'Bucket access denied (403)', 'Bucket 访问被拒绝（403）'),
    c(794, 'Upload or download is slow', '上传或下载速度慢'),
    c(795, 'Lifecycle rules and storage classes', '生命周期规则与存储类型'),
  ],
  '7210': [c(7211, 'Mount failure', '挂载失败'), c(7212, 'Throughput lower than expected', '吞吐低于预期')],
  '7220': [c(7221, 'Disk cannot be attached', '云盘无法挂载'), c(7222, 'Snapshot rollback', '快照回滚')],
  '7300': [c(7301, 'Connection refused or timeout', '连接被拒绝或超时'), c(7302, 'Slow queries', '慢查询'), c(7303, 'Backup and restore', '备份与恢复')],
  '7310': [c(7311, 'Cluster endpoint issues', '集群地址问题'), c(7312, 'Read/write splitting', '读写分离')],
  '7320': [c(7321, 'Memory full / key eviction', '内存已满 / Key 被驱逐'), c(7322, 'Connection count limit', '连接数上限')],
  '7400': [c(7401, 'Health check fails', '健康检查失败'), c(7402, 'Uneven load distribution', '负载不均衡')],
  '7410': [c(7411, 'Route table and NAT', '路由表与 NAT'), c(7412, 'Cross-VPC connectivity', '跨 VPC 互通')],
  '7420': [c(7421, 'HTTPS certificate', 'HTTPS 证书'), c(7422, 'Cache not refreshed', '缓存未刷新')],
  '1193': [c(11931, 'Invoice', '发票'), c(11932, 'Refund and withdrawal', '退款与提现'), c(11933, 'Vouchers and coupons', '代金券与优惠券')],
  '1194': [c(11941, 'Change bound mobile or e-mail', '修改绑定手机或邮箱'), c(11942, 'Real-name verification', '实名认证')],
  '76': [c(761, 'ICP filing progress', '备案进度'), c(762, 'ICP filing rejected', '备案被驳回')],
};
